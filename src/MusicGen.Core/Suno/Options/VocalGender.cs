using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Suno
{
    /// <summary>A bias, not a guarantee (docs/vendor-contract.md §2.1); sent to Suno as "m" or "f".</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum VocalGender
    {
        Male,
        Female,
    }
}
