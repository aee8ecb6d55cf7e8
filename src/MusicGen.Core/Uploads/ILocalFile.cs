namespace MusicGen.Core.Uploads
{
    /// <summary>A local file checked before it is uploaded through the vendor's file-upload API.</summary>
    public interface ILocalFile
    {
        string Path { get; }
        string FileName { get; }
        long Bytes { get; }
    }
}
