#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Every PowerShell block of the README runs as written against the simulator: only the
# connection is replaced (a prompt for a key becomes the simulator's key and address), in a
# folder holding the files the blocks name. Run through ./build.ps1 -Task Test.

BeforeDiscovery {
    $readme = Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw
    $blocks = [regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value }
    # A test per block, named by its first comment or line.
    $script:readmeBlocks = foreach ($block in $blocks) {
        @{ Name = ($block -split '\r?\n' | Where-Object { $_.Trim() } | Select-Object -First 2) -join ' / '; Code = $block }
    }
}

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    . (Join-Path $PSScriptRoot 'Simulator.ps1')
    # The tour continues a track at 30 s: tracks of 40 s.
    $script:simulator = Start-MusicGenSimulator -SimulatorPath (Join-Path $root 'out/simulator') -CompleteAfterMs 600 -TrackSeconds 40
    $script:saved = @{}
    $variables = @{
        MUSICGEN_HOME             = Join-Path $TestDrive 'home'
        MUSICGEN_SUNO_API_KEY     = $simulator.ApiKey
        MUSICGEN_SUNO_BASE_URI    = $simulator.BaseUri
        MUSICGEN_MINIMAX_API_KEY  = $simulator.ApiKey
        MUSICGEN_MINIMAX_BASE_URI = $simulator.BaseUri
        # `Import-Module MusicGen` by name finds the packaged module, as an installed one.
        PSModulePath              = (Join-Path $root 'out') + [IO.Path]::PathSeparator + $env:PSModulePath
    }
    foreach ($name in $variables.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $variables[$name])
    }

    # The files the blocks name: the built module where the tour imports it (./out, as from the
    # repository's root), lyrics, two 8-second WAV sources, a CSV of songs.
    $script:work = New-Item -ItemType Directory (Join-Path $TestDrive 'work')
    $null = New-Item -ItemType ($IsWindows ? 'Junction' : 'SymbolicLink') -Path (Join-Path $work 'out') -Target (Join-Path $root 'out')
    Set-Content (Join-Path $work 'verse.txt') "[Verse]`nStreetlights flicker on the wet road`n[Chorus]`nI walk alone"
    Set-Content (Join-Path $work 'verse2.txt') "[Verse]`nThe rain goes on and on"
    Set-Content (Join-Path $work 'all.txt') "[Verse]`nThe rain goes on and on`n[Bridge]`nthe lights go out"
    function New-SilentWav([string] $Path, [int] $Seconds) {
        $rate = 22050
        $data = $rate * 2 * $Seconds
        $stream = [IO.File]::Create($Path)
        $writer = [IO.BinaryWriter]::new($stream)
        $writer.Write([Text.Encoding]::ASCII.GetBytes('RIFF')); $writer.Write([int](36 + $data))
        $writer.Write([Text.Encoding]::ASCII.GetBytes('WAVEfmt ')); $writer.Write([int]16)
        $writer.Write([int16]1); $writer.Write([int16]1); $writer.Write([int]$rate); $writer.Write([int]($rate * 2))
        $writer.Write([int16]2); $writer.Write([int16]16)
        $writer.Write([Text.Encoding]::ASCII.GetBytes('data')); $writer.Write([int]$data)
        $writer.Write([byte[]]::new($data))
        $writer.Dispose()
    }
    New-SilentWav (Join-Path $work 'verse.wav') 8
    New-SilentWav (Join-Path $work 'chorus.wav') 8
    @(
        [pscustomobject]@{ Prompt = 'a lullaby for a sleepy robot'; Model = 'V5' }
        [pscustomobject]@{ Prompt = 'sea shanty about deadlines'; Model = 'V4_5ALL' }
    ) | Export-Csv (Join-Path $work 'songs.csv') -NoTypeInformation

    function ConvertTo-SimulatorBlock([string] $Code) {
        # The only change: a key typed at a prompt is the simulator's, at the simulator's address.
        $Code -replace "-ApiKey \(Read-Host -AsSecureString '[^']*'\)", '-ApiKey $simulator.ApiKey -BaseUri $simulator.BaseUri'
    }
}

AfterAll {
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    Remove-Module MusicGen -ErrorAction Ignore
    Stop-MusicGenSimulator $simulator
}

Describe 'The README' {
    It 'runs its block "<Name>" as written' -ForEach $readmeBlocks {
        Push-Location $work
        try {
            $block = [scriptblock]::Create((ConvertTo-SimulatorBlock $Code))
            # Errors that do not stop the block come out with its objects; those that do, throw.
            $output = & $block 2>&1
            $output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" } | Should -BeNullOrEmpty
            # Formatted as a console shows them, so a view that cannot show an object fails here too.
            $null = $output | Out-String
        }
        finally {
            Pop-Location
        }
    }
}
