namespace MusicGen.Core.Uploads
{
    /// <summary>What a reference attachment of a V6 description is (docs/vendor-contract.md §6.2).</summary>
    public enum AttachmentKind
    {
        Image,
        Video,
        Audio,
    }
}
