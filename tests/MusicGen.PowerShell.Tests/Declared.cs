using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>
    /// Reads cmdlet declarations as compiled. PowerShellStandard.Library's attribute bodies are
    /// empty stubs, so values come from CustomAttributeData (constructor and named arguments).
    /// </summary>
    internal static class Declared
    {
        public const string AllSets = "__AllParameterSets";

        public static Assembly Module => typeof(MusicGen.PowerShell.Cmdlets.MusicCmdlet).Assembly;

        public static IEnumerable<Type> CmdletTypes() =>
            Module.GetTypes().Where(t => !t.IsAbstract && Attribute(t, "CmdletAttribute") != null);

        public static string CmdletName(Type type)
        {
            var cmdlet = Attribute(type, "CmdletAttribute")!;
            return $"{cmdlet.ConstructorArguments[0].Value}-{cmdlet.ConstructorArguments[1].Value}";
        }

        public static Type Cmdlet(string name) => CmdletTypes().Single(t => CmdletName(t) == name);

        public static CustomAttributeData? Attribute(MemberInfo member, string name) =>
            member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == name);

        public static IEnumerable<CustomAttributeData> Attributes(MemberInfo member, string name) =>
            member.GetCustomAttributesData().Where(a => a.AttributeType.Name == name);

        public static T? Named<T>(CustomAttributeData attribute, string name) =>
            attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T?)a.TypedValue.Value).FirstOrDefault();

        /// <summary>One row per [Parameter] attribute: (parameter, set, mandatory).</summary>
        public static IEnumerable<(string Parameter, string Set, bool Mandatory)> Parameters(Type cmdlet) =>
            cmdlet.GetProperties().SelectMany(p => Attributes(p, "ParameterAttribute").Select(a => (
                p.Name,
                Named<string>(a, "ParameterSetName") ?? AllSets,
                Named<bool>(a, "Mandatory"))));

        public static PropertyInfo Property(Type cmdlet, string name) => cmdlet.GetProperty(name) ?? throw new ArgumentException(name);

        /// <summary>Any length check declared on a text parameter (Core names the model's own limit instead).</summary>
        public static IEnumerable<CustomAttributeData> TextLengthAttributes(Type cmdlet, string parameter) =>
            Property(cmdlet, parameter).GetCustomAttributesData().Where(a =>
                a.AttributeType.Name == "ValidateCharactersAttribute" || a.AttributeType.Name == "ValidateLengthAttribute");

        /// <summary>The models a -Model parameter takes: the use its [MusicModel] names, read from Core's table.</summary>
        public static IEnumerable<string> Models(Type cmdlet) =>
            MusicGen.Core.Limits.ModelLimits.ModelsFor((MusicGen.Core.Limits.ModelUse)Attribute(Property(cmdlet, "Model"), "MusicModelAttribute")!.ConstructorArguments.Single().Value!)
                .OrderBy(m => m);

        public static object?[] ConstructorValues(CustomAttributeData attribute) =>
            attribute.ConstructorArguments.SelectMany(a => a.Value is IReadOnlyCollection<CustomAttributeTypedArgument> array
                ? array.Select(x => x.Value)
                : new[] { a.Value }).ToArray();
    }
}
