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
    /// Suno's file-upload API (https://docs.sunoapi.org/file-upload-api/quickstart), served on the
    /// simulator's one port, all three ways in: a multipart stream, base64 in JSON, or a URL it
    /// downloads. An uploaded WAV or MP3 becomes audio at /audio/{id}, so operations that take its
    /// downloadUrl use its sound; other files are refused (the simulator has nowhere to serve them).
    /// </summary>
    internal static class UploadEndpoints
    {
        /// <summary>The URL upload's recommended limit (https://docs.sunoapi.org/file-upload-api/upload-file-url).</summary>
        private const long UrlUploadMaxBytes = 100L * 1024 * 1024;

        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapPost("/api/file-stream-upload", (Func<HttpContext, Task<IResult>>)(context => StreamUpload(context, host)));
            app.MapPost("/api/file-base64-upload", (Func<HttpContext, Task<IResult>>)(context => Base64Upload(context, host)));
            app.MapPost("/api/file-url-upload", (Func<HttpContext, Task<IResult>>)(context => UrlUpload(context, host)));
        }

        private static async Task<IResult> StreamUpload(HttpContext context, SimulatorHost host)
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
            return Stored(host, buffer.ToArray(), form["fileName"].FirstOrDefault() ?? file.FileName, form["uploadPath"].FirstOrDefault(), file.ContentType);
        }

        /// <summary>base64Data is plain base64 or a data URL (data:audio/wav;base64,…).</summary>
        private static async Task<IResult> Base64Upload(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Failure(400, "the request body must be JSON");
            }

            var data = body.Text("base64Data");
            if (string.IsNullOrEmpty(data))
            {
                return Failure(400, "base64Data is required");
            }

            string? mimeType = null;
            if (data.StartsWith("data:", StringComparison.Ordinal))
            {
                var comma = data.IndexOf(',');
                var header = comma < 0 ? "" : data.Substring(5, comma - 5);
                if (!header.EndsWith(";base64", StringComparison.Ordinal))
                {
                    return Failure(400, "base64Data is a data URL without ;base64");
                }

                mimeType = header.Substring(0, header.Length - ";base64".Length);
                data = data.Substring(comma + 1);
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(data);
            }
            catch (FormatException)
            {
                return Failure(400, "base64Data is not valid base64");
            }

            return Stored(host, bytes, body.Text("fileName"), body.Text("uploadPath"), mimeType);
        }

        private static async Task<IResult> UrlUpload(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Failure(400, "the request body must be JSON");
            }

            var address = body.Text("fileUrl");
            if (string.IsNullOrEmpty(address))
            {
                return Failure(400, "fileUrl is required");
            }

            var download = await RemoteFile.DownloadAsync(address, UrlUploadMaxBytes, context.RequestAborted);
            if (download.Problem != null)
            {
                return Failure(400, "fileUrl: " + download.Problem);
            }

            // Without a fileName the vendor takes the URL's own.
            var name = body.Text("fileName") ?? Path.GetFileName(new Uri(address).AbsolutePath);
            return Stored(host, download.Bytes!, name, body.Text("uploadPath"), download.ContentType);
        }

        private static IResult Stored(SimulatorHost host, byte[] bytes, string? fileName, string? uploadPath, string? mimeType)
        {
            var id = Guid.NewGuid().ToString("N");
            string contentType;
            string name;
            if (AudioDuration.Measure(bytes) is { } audio)
            {
                contentType = audio.Extension == ".mp3" ? "audio/mpeg" : "audio/wav";
                name = string.IsNullOrEmpty(fileName) ? id + audio.Extension : fileName!;
                host.State.Tracks[id] = new SimulatedTrack(id, audio.Duration, () => bytes) { ContentType = contentType };
            }
            else if (Reference(bytes) is { } reference)
            {
                // A V6 description's image or video reference (docs/vendor-contract.md §6.2): served like any upload, with no length.
                contentType = reference;
                name = string.IsNullOrEmpty(fileName) ? id : fileName!;
                host.State.Tracks[id] = new SimulatedTrack(id, TimeSpan.Zero, () => bytes) { ContentType = contentType };
            }
            else
            {
                return Failure(400, "unsupported file type");
            }

            return Results.Json(new
            {
                success = true,
                code = 200,
                msg = "File uploaded successfully",
                data = new
                {
                    fileName = name,
                    filePath = $"{uploadPath}/{name}",
                    downloadUrl = new Uri(host.BaseUri, "audio/" + id).AbsoluteUri,
                    fileSize = bytes.Length,
                    mimeType = string.IsNullOrEmpty(mimeType) ? contentType : mimeType,
                    uploadedAt = DateTimeOffset.UtcNow,
                },
            });
        }

        private static string? Reference(byte[] bytes)
        {
            var count = Math.Min(bytes.Length, AttachmentContainer.BytesNeeded);
            return AttachmentContainer.Image(bytes, count) is { } image ? "image/" + image
                : AttachmentContainer.Video(bytes, count) is { } video ? "video/" + (video == "mov" ? "quicktime" : video)
                : null;
        }

        private static IResult Failure(int code, string message) => Results.Json(new { success = false, code, msg = message, data = (object?)null });
    }
}
