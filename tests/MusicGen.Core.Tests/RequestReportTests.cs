using System;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>A report lists every rule a request breaks; Validate still stops at the first of them.</summary>
    public sealed class RequestReportTests
    {
        private static readonly GenerateRequest BreaksFour = new GenerateRequest
        {
            Mode = GenerationMode.Lyrics,
            Model = "V4",
            Lyrics = new string('x', 3001),
            Style = new string('s', 201),
            Title = new string('t', 81),
            Suno = new SunoOptions { StyleWeight = 1.5 },
        };

        [Fact]
        public void EveryBrokenRuleIsReportedInTheOrderValidateChecksThem()
        {
            var report = MusicRequestReport.Check(7, BreaksFour, Array.Empty<MusicRequestProblem>());

            Assert.False(report.Valid);
            Assert.Equal(7, report.Index);
            Assert.Equal(MusicProvider.Suno, report.Provider);
            Assert.Equal(new[] { "Lyrics", "Style", "Title", "StyleWeight" }, report.Problems.Select(p => p.Parameter));
            var first = Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(BreaksFour));
            Assert.Equal(first.Message, report.Problems[0].Message);
        }

        [Fact]
        public void AParameterTheCallerFaultedIsNotReportedAgain()
        {
            var missingLyrics = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "V5", Style = "folk", Title = "T" };
            var empty = new MusicRequestProblem("Lyrics", "MusicGen.Validation.Empty", "-Lyrics is empty.");

            var report = MusicRequestReport.Check(1, missingLyrics, new[] { empty });

            Assert.Same(empty, Assert.Single(report.Problems));
        }

        [Fact]
        public void AnUnknownModelIsTheOnlyProblemAndHasNoProvider()
        {
            var report = MusicRequestReport.Check(1, new GenerateRequest { Mode = GenerationMode.Description, Model = "V9" }, Array.Empty<MusicRequestProblem>());

            Assert.Null(report.Provider);
            Assert.Equal("MusicGen.Validation.UnknownModel", Assert.Single(report.Problems).ErrorId);
            Assert.StartsWith("#1 V9 Description: 1 problem: Model 'V9' is not a known music model", report.ToString());
        }
    }
}
