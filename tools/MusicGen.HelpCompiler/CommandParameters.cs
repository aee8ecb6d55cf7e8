using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace MusicGen.HelpCompiler
{
    /// <summary>What the engine knows about a cmdlet's own parameters (common ones left out), in help's words.</summary>
    internal static class CommandParameters
    {
        // -WhatIf and -Confirm are shown and described, as PowerShell's own help does: they are how a
        // user sees a paid request before sending it. The rest are <CommonParameters>.
        public static IReadOnlyList<ParameterMetadata> Of(CmdletInfo command) =>
            command.Parameters.Values
                .Where(p => !Cmdlet.CommonParameters.Contains(p.Name) && (!Cmdlet.OptionalCommonParameters.Contains(p.Name) || IsRiskParameter(p.Name)))
                .OrderBy(p => Position(p) ?? int.MaxValue).ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

        public static bool IsRiskParameter(string name) => name == "WhatIf" || name == "Confirm";

        public static bool IsMandatoryAnywhere(ParameterMetadata parameter) => parameter.ParameterSets.Values.Any(s => s.IsMandatory);

        public static int? Position(ParameterMetadata parameter)
        {
            var positions = parameter.ParameterSets.Values.Select(s => s.Position).Where(p => p != int.MinValue).ToList();
            return positions.Count == 0 ? null : positions.Min();
        }

        public static string PositionText(ParameterMetadata parameter) =>
            Position(parameter)?.ToString(CultureInfo.InvariantCulture) ?? "named";

        public static string PipelineInput(ParameterMetadata parameter)
        {
            var kinds = new List<string>();
            if (parameter.ParameterSets.Values.Any(s => s.ValueFromPipeline))
            {
                kinds.Add("ByValue");
            }

            if (parameter.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName))
            {
                kinds.Add("ByPropertyName");
            }

            return kinds.Count == 0 ? "False" : $"True ({string.Join(", ", kinds)})";
        }

        public static string TypeName(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying.IsArray ? underlying.GetElementType()!.Name + "[]" : underlying.Name;
        }

        /// <summary>The limits the cmdlet enforces at binding, as a sentence; empty when it declares none.</summary>
        public static string Limits(ParameterMetadata parameter)
        {
            var limits = new List<string>();
            foreach (var attribute in parameter.Attributes)
            {
                switch (attribute)
                {
                    case ValidateSetAttribute set:
                        limits.Add("Accepted values: " + string.Join(", ", set.ValidValues) + ".");
                        break;
                    // The module's -Model attribute, whose values come from its model table; read by name, as below.
                    case ValidateArgumentsAttribute model when model.GetType().Name == "MusicModelAttribute":
                        limits.Add("Accepted values: " + string.Join(", ", (IEnumerable<string>)Property(model, "ValidValues")!) + ".");
                        break;
                    case ValidateLengthAttribute length:
                        limits.Add($"Length: {length.MinLength} to {length.MaxLength} characters at binding; the model's own limit is checked before anything is sent (see about_MusicGen).");
                        break;
                    // The module's own ValidateLength that counts code points; this tool does not reference the module, so it is read by name.
                    case ValidateEnumeratedArgumentsAttribute characters when characters.GetType().Name == "ValidateCharactersAttribute":
                        limits.Add($"Length: {Property(characters, "MinLength")} to {Property(characters, "MaxLength")} characters (Unicode code points: an emoji is one).");
                        break;
                    case ValidateRangeAttribute range:
                        limits.Add($"Range: {range.MinRange} to {range.MaxRange}.");
                        break;
                }
            }

            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type.IsEnum)
            {
                limits.Add("Accepted values: " + string.Join(", ", Enum.GetNames(type)) + ".");
            }

            return string.Join(" ", limits);
        }

        private static object? Property(Attribute attribute, string name) => attribute.GetType().GetProperty(name)!.GetValue(attribute);
    }
}
