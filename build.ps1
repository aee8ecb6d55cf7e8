#Requires -Version 7.0
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates the MusicGen module.
.DESCRIPTION
    The README's two commands run this script with the project's pinned PowerShell
    (.config/dotnet-tools.json): `dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo`
    and `... -Task Test`. Pester comes from NuGet (build/pester/Pester.proj), not the Gallery.
.EXAMPLE
    ./build.ps1 -Task Demo      # simulator -> generate, extend, save -> out/songs
.EXAMPLE
    ./build.ps1 -Task Test      # xUnit, the quick fault matrix, then the Pester suites
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Pester', 'FaultMatrix', 'Demo')]
    [string[]] $Task = @('Build', 'Test'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'MusicGen'
$simulatorOut = Join-Path $out 'simulator'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-BuildTask {
    Invoke-Dotnet build (Join-Path $root 'MusicGen.sln') -c $Configuration
}

function Invoke-PackageTask {
    # The importable module: manifest, assemblies with their dependencies, formats, help.
    if (Test-Path $moduleOut) { Remove-Item $moduleOut -Recurse -Force }
    # The project's LayOutModule target shapes the folder; the engine tests import the same layout.
    Invoke-Dotnet publish (Join-Path $root 'src/MusicGen.PowerShell') -c $Configuration -o $moduleOut
    # The same folder as MusicGen.<version>.nupkg, for a folder repository (Install-PSResource).
    Invoke-Dotnet pack (Join-Path $root 'build/MusicGen.Module.csproj') -c $Configuration -o $out
    Invoke-Dotnet publish (Join-Path $root 'src/MusicGen.Simulator') -c $Configuration -o $simulatorOut
}

function Import-Pester {
    # The pinned Pester through a NuGet restore: the same registry that served the SDK's
    # packages, so no PowerShell Gallery is needed. A machine whose restore cannot reach it
    # but has Pester 5 installed keeps working with that one.
    $project = Join-Path $root 'build/pester/Pester.proj'
    & dotnet restore $project --verbosity quiet | Out-Host
    if ($LASTEXITCODE -eq 0) {
        $assets = Get-Content (Join-Path $root 'build/pester/obj/project.assets.json') -Raw | ConvertFrom-Json
        $version = ([xml](Get-Content $project -Raw)).Project.PropertyGroup.PesterVersion
        foreach ($folder in $assets.packageFolders.PSObject.Properties.Name) {
            $manifest = Join-Path $folder "pester/$version/tools/Pester.psd1"
            if (Test-Path $manifest) { return Import-Module $manifest -Force -PassThru }
        }
    }
    $installed = Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0' | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $installed) {
        throw "Pester 5 could not be restored from NuGet ($project) and none is installed."
    }
    Write-Warning "Pester could not be restored from NuGet; using the installed Pester $($installed.Version)."
    Import-Module $installed.Path -Force -PassThru
}

function Invoke-PesterTask {
    $pester = Import-Pester
    Write-Host "Pester $($pester.Version) from $(Split-Path $pester.Path)"
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $root 'tests/pester'
    $configuration.Run.Exit = $false
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $configuration
    "Pester: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped"
    if ($result.FailedCount -gt 0 -or $result.Result -ne 'Passed') { throw "Pester: $($result.FailedCount) failed." }
}

function Invoke-FaultMatrixTask {
    # The reduced fault matrix: every kind of fault once or more, and a 100-task load run.
    Invoke-Dotnet run -c $Configuration --project (Join-Path $root 'tests/MusicGen.FaultMatrix') -- --quick
}

function Invoke-DemoTask {
    . (Join-Path $root 'tests/pester/Simulator.ps1')
    $simulator = Start-MusicGenSimulator -SimulatorPath $simulatorOut -CompleteAfterMs 3000
    $variables = 'MUSICGEN_SUNO_API_KEY', 'MUSICGEN_SUNO_BASE_URI', 'MUSICGEN_MINIMAX_API_KEY', 'MUSICGEN_MINIMAX_BASE_URI', 'MUSICGEN_HOME'
    $saved = @{}
    foreach ($name in $variables) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    try {
        # The demo's own journal: its simulator tasks never enter the user's.
        $env:MUSICGEN_HOME = Join-Path $out 'demo-home'
        # As a runbook would: keys from the environment, no Connect-MusicService, no prompts.
        $env:MUSICGEN_SUNO_API_KEY = $simulator.ApiKey
        $env:MUSICGEN_SUNO_BASE_URI = $simulator.BaseUri
        $env:MUSICGEN_MINIMAX_API_KEY = $simulator.ApiKey
        $env:MUSICGEN_MINIMAX_BASE_URI = $simulator.BaseUri
        Import-Module (Join-Path $moduleOut 'MusicGen.psd1') -Force
        $songs = Join-Path $out 'songs'

        Write-Host "Suno (asynchronous): submit, wait, save"
        $song = New-MusicTrack -Prompt 'A calm piano piece for a rainy night' -Model V5 | Wait-MusicTask -PollIntervalSec 1
        $song | Save-MusicTrack -Path $songs -Force | Format-Table Name, Length

        Write-Host "Suno: extend the first track from 2 s on with new lyrics, wait, save"
        $song.Tracks[0] |
            Invoke-MusicExtend -Lyrics "[Verse]`nThe rain goes on" -Style 'Piano ballad' -Title 'Rainy Night, Extended' -ContinueAt 2 -Wait -PollIntervalSec 1 |
            Save-MusicTrack -Path $songs -Force |
            Format-Table Name, Length

        Write-Host "MiniMax (synchronous): the task comes back finished"
        New-MusicTrack -Lyrics "[Verse]`nStreetlights flicker`n[Chorus]`nI walk alone" -Style 'Indie folk, melancholic' -Title 'Night Walk' -Model music-2.6 |
            Save-MusicTrack -Path $songs -Force |
            Format-Table Name, Length

        Get-MusicCredit | Format-Table Provider, Credits
        Write-Host "Playable files are in $songs"
    }
    finally {
        Remove-Module MusicGen -ErrorAction Ignore
        foreach ($name in $variables) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Stop-MusicGenSimulator $simulator
    }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' { Invoke-BuildTask }
        'Test' {
            Invoke-Dotnet test (Join-Path $root 'MusicGen.sln') -c $Configuration
            Invoke-FaultMatrixTask
            Invoke-PackageTask
            Invoke-PesterTask
        }
        'Package' { Invoke-PackageTask }
        'Pester' { Invoke-PesterTask }
        'FaultMatrix' { Invoke-FaultMatrixTask }
        'Demo' { Invoke-PackageTask; Invoke-DemoTask }
    }
}
