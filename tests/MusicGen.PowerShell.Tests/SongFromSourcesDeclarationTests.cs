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

        [Fact]
        public void SongTextsHoldTheWidestSunoLimits()
        {
            var cmdlet = Declared.Cmdlet("New-MusicCover");
            Assert.Equal(new object?[] { 1, ModelLimits.Suno.Max(m => m.StyleMaxLength) },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(cmdlet, "Style"), "ValidateCharactersAttribute")!));
            Assert.Equal(new object?[] { 1, ModelLimits.Suno.Max(m => m.TitleMaxLength) },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(cmdlet, "Title"), "ValidateCharactersAttribute")!));
            Assert.Equal(new object?[] { 1, ModelLimits.Suno.Max(m => m.LyricsMaxLength) },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(cmdlet, "Lyrics"), "ValidateCharactersAttribute")!));
        }

        [Fact]
        public void CoverDurationIsTheVendorsRange() =>
            Assert.Equal(new object?[] { SunoServiceLimits.CoverDurationMinSeconds, SunoServiceLimits.CoverDurationMaxSeconds },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Declared.Cmdlet("New-MusicCover"), "Duration"), "ValidateRangeAttribute")!));
    }
}
