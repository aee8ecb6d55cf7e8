using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicGen.Core.Uploads;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Suno's file-upload API (api-spec §2.10a), served on the simulator's one port: an uploaded WAV
    /// or MP3 becomes audio at /audio/{id}, so operations that take its downloadUrl use its sound.
    /// </summary>
    internal static class UploadEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host) =>
            app.MapPost("/api/file-stream-upload", (Func<HttpContext, Task<IResult>>)(context => Upload(context, host)));

        private static async Task<IResult> Upload(HttpContext context, SimulatorHost host)
        {
            if (!context.Request.HasFormContentType)
            {
                return Failure(400, "multipart/form-data with a file is required");
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.Files["file"] is not { } file)
            {
                return Failure(400, "file is required");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            var bytes = buffer.ToArray();
            if (AudioDuration.Measure(bytes) is not { } audio)
            {
                return Failure(400, "unsupported file type");
            }

            var id = Guid.NewGuid().ToString("N");
            var name = form["fileName"].FirstOrDefault() ?? file.FileName;
            host.State.Tracks[id] = new SimulatedTrack(id, audio.Duration, () => bytes) { ContentType = audio.Extension == ".mp3" ? "audio/mpeg" : "audio/wav" };
            return Results.Json(new
            {
                success = true,
                code = 200,
                msg = "File uploaded successfully",
                data = new
                {
                    fileName = name,
                    filePath = $"{form["uploadPath"].FirstOrDefault()}/{name}",
                    downloadUrl = new Uri(host.BaseUri, "audio/" + id).AbsoluteUri,
                    fileSize = bytes.Length,
                    mimeType = file.ContentType,
                    uploadedAt = DateTimeOffset.UtcNow,
                },
            });
        }

        private static IResult Failure(int code, string message) => Results.Json(new { success = false, code, msg = message, data = (object?)null });
    }
}
