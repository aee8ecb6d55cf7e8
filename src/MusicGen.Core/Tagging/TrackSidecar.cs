using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// "&lt;name&gt;.json" beside a saved song: the whole track and its task as Get-MusicTask shows them,
    /// for catalogues and re-runs. Audio held in memory (MiniMax hex) is left out: the song is the
    /// file beside it. Written through a <see cref="PartialFile"/>, so it too appears only whole.
    /// </summary>
    public static class TrackSidecar
    {
        public const string Extension = ".json";

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutAudioBytes } },
        };

        /// <summary>The sidecar's path for the song at <paramref name="songPath"/>.</summary>
        public static string PathFor(string songPath) => Path.ChangeExtension(songPath, Extension);

        /// <param name="task">The track's task when known; null writes the track alone.</param>
        /// <returns>The sidecar's full path.</returns>
        public static async Task<string> WriteAsync(string songPath, MusicTrack track, MusicTask? task, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new Sidecar(track.OnDisk(songPath), task), Json);
            var folder = Path.GetDirectoryName(songPath)!;
            var destination = PathFor(songPath);
            using var file = PartialFile.Create(folder, Path.GetFileName(destination), AudioSizeLimit.MaxBytes,
                cap => new MusicGenException("MusicGen.Save.TooLarge", MusicErrorCategory.LimitsExceeded, $"The sidecar for '{songPath}' would pass {cap} bytes."));
            await file.WriteAsync(body, 0, body.Length, cancellationToken).ConfigureAwait(false);
            // It describes the song just saved, so an older sidecar of that name is out of date.
            file.Publish(destination, replace: true);
            return destination;
        }

        private static void LeaveOutAudioBytes(JsonTypeInfo type)
        {
            if (type.Type != typeof(MusicTrack))
            {
                return;
            }

            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i].Name == nameof(MusicTrack.AudioData))
                {
                    type.Properties.RemoveAt(i);
                }
            }
        }

        private sealed class Sidecar
        {
            public Sidecar(MusicTrack track, MusicTask? task)
            {
                Track = track;
                Task = task;
            }

            public MusicTrack Track { get; }
            public MusicTask? Task { get; }
        }
    }
}
