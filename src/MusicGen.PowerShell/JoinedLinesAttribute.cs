using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// Lets a text parameter take lines as Get-Content gives them without -Raw (an array of
    /// strings): they are joined with newlines, as the file held them, instead of failing to
    /// convert an Object[] to a String.
    /// </summary>
    [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
    public sealed class JoinedLinesAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is IEnumerable lines and not string
                ? string.Join("\n", lines.Cast<object?>().Select(line => line is PSObject item ? item.BaseObject : line))
                : inputData;
        }
    }
}
