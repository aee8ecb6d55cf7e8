using System.Security.Cryptography;
using System.Text;
using MusicGen.Core.Providers;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// A request's identity without its content: SHA-256 over where it goes and its wire body,
    /// so the journal can tell "the same request" without holding lyrics or prompts.
    /// </summary>
    public static class RequestHash
    {
        public static string Of(PreparedRequest request)
        {
            using var sha = SHA256.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes($"{request.Provider}\n{request.Method} {request.Uri.AbsolutePath}\n{request.JsonBody}"));
            var hex = new StringBuilder(32);
            for (var i = 0; i < 16; i++)
            {
                hex.Append(digest[i].ToString("x2"));
            }

            return hex.ToString();
        }
    }
}
