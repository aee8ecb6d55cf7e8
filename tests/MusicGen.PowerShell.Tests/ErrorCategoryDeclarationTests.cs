using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>Core's PowerShell-neutral categories convert by name, so each must name an ErrorCategory.</summary>
    public sealed class ErrorCategoryDeclarationTests
    {
        [Fact]
        public void EveryErrorCategoryNameIsAPowerShellErrorCategory() =>
            Assert.All(Enum.GetNames(typeof(MusicErrorCategory)), name => Assert.True(Enum.IsDefined(typeof(ErrorCategory), name), name));
    }
}
