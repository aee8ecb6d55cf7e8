using System.Management.Automation;

namespace MusicGen.Engine.Tests
{
    /// <summary>Property reads on what a script wrote, as a user's $object.Name.</summary>
    public static class PSObjectExtensions
    {
        public static object? Get(this PSObject value, string property) => value.Properties[property]?.Value;

        public static string? Text(this PSObject value, string property) => value.Get(property)?.ToString();
    }
}
