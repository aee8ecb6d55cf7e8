using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Downloads;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;
using MusicGen.Tagging;
using Xunit;
using Id3v2Tag = TagLib.Id3v2.Tag;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Saved songs say what they are: read back with TagLibSharp, NLayer and (where installed)
    /// ffprobe, with the audio itself byte for byte as the vendor served it.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class TagTests : IAsyncLifetime
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "musicgen-tags-" + Guid.NewGuid().ToString("N"));
        private readonly List<string> _warnings = new List<string>();
        private SimulatorHost _mp3Simulator = null!;

        public TagTests(SimulatorFixture fixture) => _fixture = fixture;

        public async Task InitializeAsync()
        {
            var options = SimulatorOptions.ForTests();
            _mp3Simulator = await SimulatorHost.StartAsync(new SimulatorOptions
            {
                Timeline = options.Timeline,
                MiniMaxLatency = options.MiniMaxLatency,
                TrackLength = options.TrackLength,
                InitialSunoCredits = 1_000_000,
                SunoMp3 = true,
            });
        }

        public async Task DisposeAsync()
        {
            await _mp3Simulator.DisposeAsync();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public async Task ASunoMp3CarriesEveryTagInId3v23AndTheAudioAsDownloaded()
        {
            var client = Client(_mp3Simulator);
            var task = await SunoTracks.FinishedAsync(client.Suno(), title: "Night Walk");
            var track = task.Tracks[0];

            var path = await client.Saver.SaveAsync(track, task, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            Assert.Equal(".mp3", Path.GetExtension(path));
            var saved = File.ReadAllBytes(path);
            Assert.Equal("ID3", Encoding.ASCII.GetString(saved, 0, 3));
            Assert.Equal(3, saved[3]);
            Assert.Equal(await Download(track.AudioUri!), AfterId3v2(saved));
            using var file = TagLib.File.Create(path);
            var tag = (Id3v2Tag)file.GetTag(TagLib.TagTypes.Id3v2);
            Assert.Equal("Night Walk", tag.Title);
            Assert.Equal(new[] { "Indie folk" }, tag.Genres);
            Assert.Equal("Suno " + track.Model, Text(tag, "TSSE"));
            Assert.Equal(track.Lyrics, tag.Lyrics);
            // ID3v2.3 dates: TYER, TDAT (DDMM) and TIME (HHMM), which TagLibSharp reads back as one date.
            Assert.Equal((uint)track.CreatedAt!.Value.UtcDateTime.Year, tag.Year);
            var frames = Encoding.ASCII.GetString(saved, 0, saved.Length - AfterId3v2(saved).Length);
            Assert.Contains("TYER", frames);
            Assert.Contains("TDAT", frames);
            Assert.Contains("TIME", frames);
            Assert.DoesNotContain("TDRC", frames);
            var cover = Assert.Single(tag.Pictures);
            Assert.Equal("image/png", cover.MimeType);
            Assert.Equal(TagLib.PictureType.FrontCover, cover.Type);
            Assert.Equal(await Download(track.ImageUri!), cover.Data.Data);
            Assert.Contains(task.TaskId, tag.Comment);
            Assert.Equal("Suno", UserText(tag, TrackTags.ProviderKey));
            Assert.Equal(task.TaskId, UserText(tag, TrackTags.TaskIdKey));
            Assert.Equal(track.Id, UserText(tag, TrackTags.AudioIdKey));
            Assert.Equal("Generate", UserText(tag, TrackTags.OperationKey));
            Assert.Null(UserText(tag, TrackTags.ParentAudioIdKey));
            Assert.Equal(track.CreatedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), UserText(tag, TrackTags.CreatedAtKey));
            Assert.DoesNotContain(_mp3Simulator.ApiKey, Encoding.Latin1.GetString(saved) + Encoding.Unicode.GetString(saved));
        }

        [Fact]
        public async Task TheSimulatorsMp3IsAudioADecoderPlaysForTheTracksLength()
        {
            var client = Client(_mp3Simulator);
            var track = (await SunoTracks.FinishedAsync(client.Suno())).Tracks[0];
            var path = await client.Saver.SaveAsync(track, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            using var mpeg = new NLayer.MpegFile(path);
            var samples = new float[Mp3Frames.SamplesPerFrame];
            long decoded = 0;
            int read;
            while ((read = mpeg.ReadSamples(samples, 0, samples.Length)) > 0)
            {
                decoded += read;
            }

            Assert.Equal(Mp3Frames.SampleRate, mpeg.SampleRate);
            Assert.InRange(decoded / (double)Mp3Frames.SampleRate, track.Duration!.Value.TotalSeconds, track.Duration!.Value.TotalSeconds + 0.05);
        }

        [Fact]
        public async Task AnExtensionNamesTheTrackItContinues()
        {
            var client = Client(_mp3Simulator);
            var suno = client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var request = new ExtendRequest
            {
                Mode = ExtendMode.Inherit, Model = "V5", AudioId = source.Id, SourceDuration = source.Duration,
            };
            var extension = await SunoTracks.UntilDoneAsync(suno, (await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None)).TaskId);

            var path = await client.Saver.SaveAsync(extension.Tracks[0], extension, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            using var file = TagLib.File.Create(path);
            var tag = (Id3v2Tag)file.GetTag(TagLib.TagTypes.Id3v2);
            Assert.Equal("Extend", UserText(tag, TrackTags.OperationKey));
            Assert.Equal(source.Id, UserText(tag, TrackTags.ParentAudioIdKey));
            Assert.Contains("from audio " + source.Id, tag.Comment);
        }

        [Fact]
        public async Task AWavCarriesRiffInfoAndAnId3ChunkAroundTheSameAudio()
        {
            var client = Client(_fixture.Simulator);
            var task = await SunoTracks.FinishedAsync(client.Suno(), title: "Tide");
            var track = task.Tracks[0];

            var path = await client.Saver.SaveAsync(track, task, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            Assert.Equal(".wav", Path.GetExtension(path));
            var downloaded = await Download(track.AudioUri!);
            var saved = File.ReadAllBytes(path);
            var chunks = Riff.Chunks(saved);
            Assert.Equal(Riff.Body(downloaded, "fmt "), Riff.Body(saved, "fmt "));
            Assert.Equal(Riff.Body(downloaded, "data"), Riff.Body(saved, "data"));
            Assert.Contains("id3 ", chunks.Select(c => c.Id));
            Assert.Equal("INFO", Encoding.ASCII.GetString(Riff.Body(saved, "LIST"), 0, 4));
            using var file = TagLib.File.Create(path);
            var info = (TagLib.Riff.InfoTag)file.GetTag(TagLib.TagTypes.RiffInfo);
            Assert.Equal("Tide", info.Title);
            Assert.Equal(new[] { "Indie folk" }, info.Genres);
            Assert.Equal("Suno " + track.Model, info.GetValuesAsStrings("ISFT").Single());
            Assert.Equal(track.CreatedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd"), info.GetValuesAsStrings("ICRD").Single());
            var id3 = (Id3v2Tag)file.GetTag(TagLib.TagTypes.Id3v2);
            Assert.Equal("Tide", id3.Title);
            Assert.Equal(track.Lyrics, id3.Lyrics);
            Assert.Single(id3.Pictures);
            Assert.Equal(track.Id, UserText(id3, TrackTags.AudioIdKey));
        }

        [Fact]
        public async Task NoTagSavesTheBytesExactlyAsDownloaded()
        {
            var client = Client(_mp3Simulator);
            var track = (await SunoTracks.FinishedAsync(client.Suno())).Tracks[0];

            var path = await client.Saver.SaveAsync(track, new SaveOptions { Folder = _folder, Tag = false }, new SaveBatch(), null, CancellationToken.None);

            Assert.Equal(await Download(track.AudioUri!), File.ReadAllBytes(path));
        }

        [Fact]
        public async Task ArtworkThatCannotBeFetchedIsLeftOutWithAWarningAndTheRestIsTagged()
        {
            var client = Client(_mp3Simulator);
            var track = (await SunoTracks.FinishedAsync(client.Suno(), title: "No Picture")).Tracks[0];
            _mp3Simulator.Faults.Add(new Fault { Path = "/image/", HttpStatus = 503, Times = 5 });
            using var warnings = CollectWarnings();

            var path = await client.Saver.SaveAsync(track, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            using var file = TagLib.File.Create(path);
            Assert.Equal("No Picture", file.Tag.Title);
            Assert.Empty(file.Tag.Pictures);
            Assert.Contains(_warnings, w => w.Contains(track.Id) && w.Contains("without artwork") && w.Contains("/image/"));
        }

        [Fact]
        public async Task ATagWriterThatFailsPartWayLeavesTheAudioAsDownloadedAndAWarning()
        {
            var client = Client(_mp3Simulator, new HalfWritingTagWriter());
            using var warnings = CollectWarnings();
            var track = (await SunoTracks.FinishedAsync(client.Suno())).Tracks[0];

            var path = await client.Saver.SaveAsync(track, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            Assert.Equal(await Download(track.AudioUri!), File.ReadAllBytes(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
            Assert.Contains(_warnings, w => w.Contains(track.Id) && w.Contains("without tags") && w.Contains(HalfWritingTagWriter.Failure));
        }

        [Fact]
        public async Task TheSidecarHoldsTheTrackAndItsTaskButNoAudioBytes()
        {
            var client = Client(_fixture.Simulator);
            var minimax = client.MiniMax();
            var request = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "music-2.6", Lyrics = "[Verse]\nhex", Style = "ambient", Title = "Hex Song", OutputFormat = "hex", AudioFormat = "wav" };
            var task = await minimax.GenerateAsync(minimax.PrepareGenerate(request), CancellationToken.None);

            var path = await client.Saver.SaveAsync(task.Tracks[0], new SaveOptions { Folder = _folder, Sidecar = true }, new SaveBatch(), null, CancellationToken.None);

            var sidecar = Path.ChangeExtension(path, ".json");
            var text = File.ReadAllText(sidecar);
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            Assert.Equal(task.TaskId, root.GetProperty("Track").GetProperty("TaskId").GetString());
            Assert.Equal(path, root.GetProperty("Track").GetProperty("FilePath").GetString());
            Assert.Equal("MiniMax", root.GetProperty("Task").GetProperty("Provider").GetString());
            Assert.Equal("Succeeded", root.GetProperty("Task").GetProperty("Status").GetString());
            Assert.Equal("[Verse]\nhex", root.GetProperty("Task").GetProperty("Tracks")[0].GetProperty("Lyrics").GetString());
            Assert.DoesNotContain("AudioData", text);
            Assert.DoesNotContain(_fixture.Simulator.ApiKey, text);
            using var file = TagLib.File.Create(path);
            Assert.Equal("Hex Song", file.Tag.Title);
            Assert.Equal(new[] { path, sidecar }.OrderBy(p => p), Directory.GetFiles(_folder).OrderBy(p => p));
        }

        [Fact]
        public async Task AStreamedSongIsTaggedBeforeItAppears()
        {
            var client = Client(_fixture.Simulator);
            var minimax = client.MiniMax();
            var request = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "music-2.6", Lyrics = "[Verse]\nstreamed", Style = "pop", Title = "Streamed", Stream = true };
            Directory.CreateDirectory(_folder);
            var song = Path.Combine(_folder, "song.wav");

            var task = await minimax.StreamToFileAsync(minimax.PrepareGenerate(request), song, false, null, CancellationToken.None);

            using var file = TagLib.File.Create(song);
            Assert.Equal("Streamed", file.Tag.Title);
            Assert.Equal(task.TaskId, UserText((Id3v2Tag)file.GetTag(TagLib.TagTypes.Id3v2), TrackTags.TaskIdKey));
            Assert.Equal(Riff.Body(_fixture.Simulator.State.Tracks[task.TaskId].Audio, "data"), Riff.Body(File.ReadAllBytes(song), "data"));
            Assert.Equal(new[] { song }, Directory.GetFiles(_folder));
        }

        [Fact]
        public void TimedLinesBecomeSynchronisedLyricsBesideThePlainOnes()
        {
            Directory.CreateDirectory(_folder);
            var path = Path.Combine(_folder, "timed.mp3");
            var audio = Mp3Frames.Silent(TimeSpan.FromSeconds(2));
            File.WriteAllBytes(path, audio);
            var track = new MusicTrack { Provider = MusicProvider.Suno, TaskId = "t1", Id = "a1", Title = "Timed", Lyrics = "one\ntwo" };
            var timed = new[] { new TimedLyricLine(TimeSpan.Zero, "one"), new TimedLyricLine(TimeSpan.FromSeconds(1.25), "two") };

            new TagLibTagWriter().Write(path, ".mp3", TrackTags.For(track, null, null, timed));

            Assert.Equal(audio, AfterId3v2(File.ReadAllBytes(path)));
            using var file = TagLib.File.Create(path);
            var tag = (Id3v2Tag)file.GetTag(TagLib.TagTypes.Id3v2);
            var synced = Assert.Single(tag.GetFrames<TagLib.Id3v2.SynchronisedLyricsFrame>());
            Assert.Equal(TagLib.Id3v2.TimestampFormat.AbsoluteMilliseconds, synced.Format);
            Assert.Equal(new[] { (0L, "one"), (1250L, "two") }, synced.Text.Select(t => (t.Time, t.Text)));
            Assert.Equal("one\ntwo", tag.Lyrics);
        }

        [SkippableFact]
        public async Task FfprobeReadsEveryTagOfAnMp3AndAWav()
        {
            var ffprobe = OnPath("ffprobe");
            Skip.If(ffprobe == null, "ffprobe (ffmpeg) is not installed on this machine; the TagLibSharp read-back above still runs.");
            var mp3Client = Client(_mp3Simulator);
            var mp3Task = await SunoTracks.FinishedAsync(mp3Client.Suno(), title: "Probe");
            var mp3 = await mp3Client.Saver.SaveAsync(mp3Task.Tracks[0], mp3Task, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);
            var wavClient = Client(_fixture.Simulator);
            var wavTask = await SunoTracks.FinishedAsync(wavClient.Suno(), title: "Probe");
            var wav = await wavClient.Saver.SaveAsync(wavTask.Tracks[0], wavTask, new SaveOptions { Folder = _folder }, new SaveBatch(), null, CancellationToken.None);

            foreach (var (path, task) in new[] { (mp3, mp3Task), (wav, wavTask) })
            {
                var probe = Probe(ffprobe!, path);
                var tags = probe.GetProperty("format").GetProperty("tags").EnumerateObject().ToDictionary(p => p.Name.ToUpperInvariant(), p => p.Value.GetString());
                var track = task.Tracks[0];
                Assert.Equal("Probe", tags["TITLE"]);
                Assert.Equal("Indie folk", tags["GENRE"]);
                Assert.Equal("Suno " + track.Model, tags["ENCODER"]);
                Assert.Equal($"Made with MusicGen: Generate, Suno task {task.TaskId}, audio {track.Id}", tags["COMMENT"]);
                Assert.StartsWith(track.CreatedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd"), tags["DATE"]);
                Assert.Contains(probe.GetProperty("streams").EnumerateArray(), s =>
                    s.GetProperty("codec_name").GetString() == "png" && s.GetProperty("disposition").GetProperty("attached_pic").GetInt32() == 1);
                if (path == mp3)
                {
                    Assert.Equal(track.Lyrics, tags["LYRICS-UND"]);
                    Assert.Equal("Suno", tags[TrackTags.ProviderKey]);
                    Assert.Equal(task.TaskId, tags[TrackTags.TaskIdKey]);
                    Assert.Equal(track.Id, tags[TrackTags.AudioIdKey]);
                    Assert.Equal("Generate", tags[TrackTags.OperationKey]);
                }
                else
                {
                    // ffmpeg takes a WAV's text from LIST/INFO when it has one and discards the id3
                    // chunk's ("more suitable tags were found"), keeping only its picture: there the
                    // provenance is the comment above, and the lyrics are for players that read ID3.
                    Assert.DoesNotContain("LYRICS-UND", tags.Keys);
                }
            }
        }

        private IDisposable CollectWarnings() => MusicDiagnostics.Use(_ => { }, w => { lock (_warnings) { _warnings.Add(w); } });

        private MusicClient Client(SimulatorHost simulator, ITagWriter? writer = null)
        {
            var registry = new ConnectionRegistry(_ => null);
            var key = ApiKey.FromPlainText(simulator.ApiKey);
            registry.Connect(new MusicConnection(MusicProvider.MiniMax, key, simulator.BaseUri));
            registry.Connect(new MusicConnection(MusicProvider.Suno, key, simulator.BaseUri));
            return new MusicClient(registry, _fixture.Http, new Journal.SubmissionLedger(() => _fixture.JournalFolder), writer ?? new TagLibTagWriter());
        }

        private static async Task<byte[]> Download(Uri uri)
        {
            using var http = new HttpClient();
            return await http.GetByteArrayAsync(uri);
        }

        /// <summary>What follows the ID3v2 tag: its header's size is four 7-bit bytes, after a 10-byte header.</summary>
        private static byte[] AfterId3v2(byte[] file)
        {
            var size = (file[6] << 21) | (file[7] << 14) | (file[8] << 7) | file[9];
            return file.Skip(10 + size).ToArray();
        }

        private static string? Text(Id3v2Tag tag, string frameId) =>
            tag.GetFrames<TagLib.Id3v2.TextInformationFrame>(frameId).SingleOrDefault()?.Text.Single();

        private static string? UserText(Id3v2Tag tag, string description) =>
            TagLib.Id3v2.UserTextInformationFrame.Get(tag, description, false)?.Text.Single();

        private static string? OnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .SelectMany(folder => new[] { Path.Combine(folder, program), Path.Combine(folder, program + ".exe") })
                .FirstOrDefault(File.Exists);

        private static JsonElement Probe(string ffprobe, string path)
        {
            var start = new ProcessStartInfo(ffprobe) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-v", "error", "-show_format", "-show_streams", "-of", "json", path })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"ffprobe failed on {path}: {errors}");
            return JsonDocument.Parse(output).RootElement.Clone();
        }

        /// <summary>A tag library that dies half-way through rewriting the file.</summary>
        private sealed class HalfWritingTagWriter : ITagWriter
        {
            public const string Failure = "disk went away mid-write";

            public bool CanTag(string extension) => true;

            public void Write(string path, string extension, TrackTags tags)
            {
                using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
                {
                    file.Write(Encoding.ASCII.GetBytes("ID3\u0003\0\0\0\0\u0010\0half a tag"));
                }

                throw new IOException(Failure);
            }
        }

        /// <summary>The chunks of a RIFF file, read the way a player walks them.</summary>
        private static class Riff
        {
            public static IReadOnlyList<(string Id, int Offset, int Size)> Chunks(byte[] file)
            {
                var chunks = new List<(string, int, int)>();
                for (var at = 12; at + 8 <= file.Length;)
                {
                    var size = BitConverter.ToInt32(file, at + 4);
                    chunks.Add((Encoding.ASCII.GetString(file, at, 4), at + 8, size));
                    at += 8 + size + (size & 1);
                }

                return chunks;
            }

            public static byte[] Body(byte[] file, string id)
            {
                var chunk = Chunks(file).Single(c => c.Id == id);
                return file.Skip(chunk.Offset).Take(chunk.Size).ToArray();
            }
        }
    }
}
