using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>add-vocals, add-instrumental, replace-section and sounds call back as a generation does (docs/vendor-contract.md §7).</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class AfterSongCallbackTests
    {
        private readonly SimulatorFixture _fixture;

        public AfterSongCallbackTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("vocals")]
        [InlineData("instrumental")]
        [InlineData("section")]
        [InlineData("sounds")]
        public async Task TheirCallbacksArriveInTheMusicShapeTextFirstComplete(string operation)
        {
            var suno = _fixture.Client.Suno();
            var callbacks = new SunoOptions { CallbackUri = new Uri(_fixture.Simulator.BaseUri, "_simulator/callbacks") };
            var source = new Uri("https://files.example.com/long.mp3?seconds=60");
            PreparedRequest prepared;
            if (operation == "section")
            {
                var cover = await suno.SubmitAsync(suno.PrepareCover(new CoverRequest { Song = Requests.Description("V5"), AudioUri = source }), CancellationToken.None);
                var track = (await SunoTracks.UntilDoneAsync(suno, cover.TaskId)).Tracks[0];
                prepared = suno.PrepareSection(new SectionRequest
                {
                    TaskId = track.TaskId, AudioId = track.Id, SourceDuration = track.Duration, SourceModel = track.Model, Start = 5, End = 20,
                    Lyrics = "l", Style = "s", Title = "t", FullLyrics = "f", Suno = callbacks,
                });
            }
            else
            {
                prepared = operation == "sounds"
                    ? suno.PrepareSound(new SoundRequest { Model = "V5", Prompt = "thunder", Suno = callbacks })
                    : suno.PrepareAddAudio(new AddAudioRequest
                    {
                        Part = operation == "vocals" ? AddedPart.Vocals : AddedPart.Instrumental, Model = "V5", AudioUri = source, Title = "t", Style = "s",
                        Prompt = operation == "vocals" ? "p" : null, Suno = new SunoOptions { NegativeTag = "n", CallbackUri = callbacks.CallbackUri },
                    });
            }

            var task = await suno.SubmitAsync(prepared, CancellationToken.None);
            string[] mine = Array.Empty<string>();
            for (var i = 0; i < 200 && mine.Length < 3; i++)
            {
                await Task.Delay(20);
                mine = _fixture.Simulator.State.ReceivedCallbacks.Where(body => body.Contains(task.TaskId)).ToArray();
            }

            var data = mine.Select(body => JsonDocument.Parse(body).RootElement.GetProperty("data")).ToArray();
            Assert.Equal(new[] { "text", "first", "complete" }, data.Select(d => d.GetProperty("callbackType").GetString()));
            Assert.All(data, d => Assert.Equal(task.TaskId, d.GetProperty("task_id").GetString()));
        }
    }
}
