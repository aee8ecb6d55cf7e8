using System;
using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// base_resp.status_code != 0 is failure even under HTTP 200 (docs/vendor-contract.md §1.2). An authentication
    /// failure also says which regional host the key went to.
    /// </summary>
    internal static class MiniMaxEnvelope
    {
        public const int Completed = 2;

        public static JsonElement Root(VendorResponse response, Uri baseUri)
        {
            try
            {
                return Checked(response);
            }
            catch (MusicGenException ex) when (ex.Category == MusicErrorCategory.AuthenticationError)
            {
                throw MiniMaxRegions.WithKeyAdvice(ex, baseUri);
            }
        }

        /// <summary>The finished audio of a generation answer (data.status 2): a URL or hex.</summary>
        public static string FinishedAudio(JsonElement root)
        {
            var data = root.Field("data");
            var status = (int?)data?.Number("status");
            return (status == Completed ? data?.Text("audio", "audio_url") : null)
                ?? throw Incomplete($"finished audio (data.status {status?.ToString() ?? "missing"})");
        }

        /// <summary>A success answer that lacks what it was asked for; sending again may get it.</summary>
        public static MusicGenException Incomplete(string missing) =>
            new MusicGenException("MusicGen.MiniMax.IncompleteResult", MusicErrorCategory.InvalidResult,
                $"MiniMax answered success but without {missing}.") { Provider = MusicProvider.MiniMax, IsRetryable = true };

        /// <summary>One event of a stream: a failure in it ends the stream as the same answer would end a call.</summary>
        public static void ThrowIfFailed(JsonElement root, Uri baseUri)
        {
            var baseResp = root.Field("base_resp");
            var code = (int?)baseResp?.Number("status_code");
            if (code != null && code != 0)
            {
                var failure = MiniMaxErrorCodes.ToException(code.Value, baseResp!.Value.Text("status_msg"));
                throw failure.Category == MusicErrorCategory.AuthenticationError ? MiniMaxRegions.WithKeyAdvice(failure, baseUri) : failure;
            }
        }

        private static JsonElement Checked(VendorResponse response)
        {
            using var document = VendorHttp.ParseJson(response, MiniMaxErrorPolicy.Instance);
            var root = document.RootElement.Clone();
            var baseResp = root.Field("base_resp");
            var code = baseResp?.Number("status_code");
            if (code == null)
            {
                if (!response.IsSuccessStatus)
                {
                    throw HttpStatusErrors.ToException(MiniMaxErrorPolicy.Instance, response.Status, "no base_resp in the body");
                }

                throw new MusicGenException("MusicGen.MiniMax.MalformedResponse", MusicErrorCategory.InvalidData,
                    "MiniMax answered without base_resp.status_code.") { Provider = MusicProvider.MiniMax, IsRetryable = true };
            }

            if ((int)code.Value != 0)
            {
                throw MiniMaxErrorCodes.ToException((int)code.Value, baseResp!.Value.Text("status_msg"));
            }

            return root;
        }
    }
}
