using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Generation;
using MusicGen.Core.Limits;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>New-MusicCover's and Merge-MusicMashup's declarations equal Core's mode and limits tables.</summary>
    public sealed class SongFromSourcesDeclarationTests
    {
        [Theory]
        [InlineData("New-MusicCover")]
        [InlineData("Merge-MusicMashup")]
        public void TheSetsAreTheGenerationModesWithTheirRequiredInputs(string name)
        {
            var cmdlet = Declared.Cmdlet(name);
            foreach (var rules in GenerationModeRules.All)
            {
                var mandatory = Declared.Parameters(cmdlet).Where(p => p.Set == rules.Mode.ToString() && p.Mandatory).Select(p => p.Parameter);
                var everywhere = Declared.Parameters(cmdlet).Where(p => p.Set == Declared.AllSets && p.Mandatory).Select(p => p.Parameter);
                Assert.Equal(rules.Required.OrderBy(x => x), mandatory.Except(everywhere).OrderBy(x => x));
            }
        }

        [Fact]
        public void MashupModelsAreTheSunoModelsThatGenerate() =>
            Assert.Equal(ModelLimits.SunoGenerating.Select(m => m.Model).OrderBy(m => m), DeclaredModels("Merge-MusicMashup"));

        [Fact]
        public void CoverModelsAreThoseSongsAndMiniMaxCoversComeFrom() =>
            Assert.Equal(ModelLimits.SunoGenerating.Select(m => m.Model).Concat(ModelLimits.MiniMax.Where(m => !m.IsTextToMusic).Select(m => m.Model)).OrderBy(m => m),
                DeclaredModels("New-MusicCover"));

        private static IEnumerable<string> DeclaredModels(string cmdlet) =>
            Declared.ConstructorValues(Declared.Attribute(Declared.Property(Declared.Cmdlet(cmdlet), "Model"), "ValidateSetAttribute")!).Cast<string>().OrderBy(m => m);

        // Binding cannot know the model: only "not empty" is declared (see ValidateCharactersAttribute).
        [Theory]
        [InlineData("New-MusicCover", "Style")]
        [InlineData("New-MusicCover", "Title")]
        [InlineData("New-MusicCover", "Lyrics")]
        [InlineData("Merge-MusicMashup", "Prompt")]
        [InlineData("Merge-MusicMashup", "Lyrics")]
        public void SongTextLengthsAreLeftToCoreWhichNamesTheModel(string cmdlet, string parameter) =>
            Assert.Equal(new object?[] { 1 }, Declared.TextLength(Declared.Cmdlet(cmdlet), parameter));

        [Fact]
        public void CoverDurationIsTheVendorsRange() =>
            Assert.Equal(new object?[] { SunoServiceLimits.CoverDurationMinSeconds, SunoServiceLimits.CoverDurationMaxSeconds },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Declared.Cmdlet("New-MusicCover"), "Duration"), "ValidateRangeAttribute")!));
    }
}
