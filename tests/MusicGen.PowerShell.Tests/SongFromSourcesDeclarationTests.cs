using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>New-MusicCover's and Merge-MusicMashup's declarations equal Core's mode and limits tables.</summary>
    public sealed class SongFromSourcesDeclarationTests
    {
        // Sets say only where the sources come from; the song's mode is Core's (SongInputs).
        [Theory]
        [InlineData("New-MusicCover", "CoverFeature")]
        [InlineData("Merge-MusicMashup", "")]
        public void TheSetsAreTheSourcesNotTheModes(string name, string sets) =>
            Assert.Equal(sets.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries),
                Declared.Parameters(Declared.Cmdlet(name)).Select(p => p.Set).Where(s => s != Declared.AllSets).Distinct().OrderBy(s => s));

        [Fact]
        public void MashupModelsAreTheSunoModelsThatGenerate() =>
            Assert.Equal(ModelLimits.SunoGenerating.Select(m => m.Model).OrderBy(m => m), DeclaredModels("Merge-MusicMashup"));

        [Fact]
        public void CoverModelsAreThoseSongsAndMiniMaxCoversComeFrom() =>
            Assert.Equal(ModelLimits.SunoGenerating.Select(m => m.Model).Concat(ModelLimits.MiniMax.Where(m => !m.IsTextToMusic).Select(m => m.Model)).OrderBy(m => m),
                DeclaredModels("New-MusicCover"));

        private static IEnumerable<string> DeclaredModels(string cmdlet) => Declared.Models(Declared.Cmdlet(cmdlet));

        // Binding cannot know the model; Core names the model's own limit.
        [Theory]
        [InlineData("New-MusicCover", "Style")]
        [InlineData("New-MusicCover", "Title")]
        [InlineData("New-MusicCover", "Lyrics")]
        [InlineData("Merge-MusicMashup", "Prompt")]
        [InlineData("Merge-MusicMashup", "Lyrics")]
        public void SongTextLengthsAreLeftToCoreWhichNamesTheModel(string cmdlet, string parameter) =>
            Assert.Empty(Declared.TextLengthAttributes(Declared.Cmdlet(cmdlet), parameter));

        [Fact]
        public void CoverDurationIsTheVendorsRange() =>
            Assert.Equal(new object?[] { SunoServiceLimits.DurationMinSeconds, SunoServiceLimits.DurationMaxSeconds },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Declared.Cmdlet("New-MusicCover"), "Duration"), "ValidateRangeAttribute")!));
    }
}
