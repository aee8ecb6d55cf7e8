using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Every per-model limit at its boundary: the limit is accepted by the simulator, one more is refused before any request.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class LimitBoundaryTests
    {
        private readonly SimulatorFixture _fixture;

        public LimitBoundaryTests(SimulatorFixture fixture) => _fixture = fixture;

        public static IEnumerable<object[]> Boundaries()
        {
            foreach (var m in ModelLimits.SunoGenerating)
            {
                yield return new object[] { m.Model, "Prompt", m.DescriptionMaxLength };
                yield return new object[] { m.Model, "Lyrics", m.LyricsMaxLength };
                yield return new object[] { m.Model, "Style", m.StyleMaxLength };
                yield return new object[] { m.Model, "Title", m.TitleMaxLength };
            }

            foreach (var m in ModelLimits.MiniMax.Where(m => m.IsTextToMusic))
            {
                yield return new object[] { m.Model, "Prompt", m.PromptMaxLength };
                yield return new object[] { m.Model, "Lyrics", m.LyricsMaxLength };
                yield return new object[] { m.Model, "Style", m.PromptMaxLength };
            }
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public async Task LimitPassesAndOneMoreFailsBeforeAnyRequest(string model, string field, int limit)
        {
            var provider = _fixture.Client.ForModel(model);
            var atLimit = provider.PrepareGenerate(WithLength(model, field, limit));
            var task = await provider.GenerateAsync(atLimit, CancellationToken.None);
            Assert.False(string.IsNullOrEmpty(task.TaskId));

            var before = _fixture.Simulator.State.GenerateRequests;
            var error = Assert.Throws<MusicValidationException>(() => provider.PrepareGenerate(WithLength(model, field, limit + 1)));
            Assert.Equal(field, error.ParameterName);
            Assert.Equal(MusicErrorCategory.InvalidArgument, error.Category);
            Assert.Contains(model, error.Message);
            Assert.Contains(limit.ToString(), error.Message);
            Assert.Contains("-" + field, error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        private static GenerateRequest WithLength(string model, string field, int length)
        {
            var text = new string('a', length);
            return field switch
            {
                "Prompt" => Requests.Description(model, prompt: text),
                "Lyrics" => Requests.Lyrics(model, lyrics: text),
                "Style" => Requests.Lyrics(model, style: text),
                "Title" => Requests.Lyrics(model, title: text),
                _ => throw new ArgumentOutOfRangeException(nameof(field)),
            };
        }
    }
}
