using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// One status vocabulary for both vendors, ordered by progress so that "at least FirstReady"
    /// is a comparison. The vendor's own status string stays on <see cref="MusicTask.VendorStatus"/>.
    /// ConvertTo-Json writes the name, as it does for every enum on MusicGen's output objects
    /// (PowerShell 7's ConvertTo-Json is Json.NET, which honours the converter).
    /// </summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum MusicTaskStatus
    {
        Pending = 0,
        TextReady = 1,
        FirstReady = 2,
        Succeeded = 3,
        Failed = 4,
    }
}
