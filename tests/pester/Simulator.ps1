# Starts and stops the MusicGen simulator (published by ./build.ps1 -Task Package) for demos and tests.

function Start-MusicGenSimulator {
    param(
        [Parameter(Mandatory)] [string] $SimulatorPath,
        [int] $CompleteAfterMs = 3000,
        # Examples that continue a track at 30 s need tracks longer than that.
        [int] $TrackSeconds = 6
    )
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in @((Join-Path $SimulatorPath 'MusicGen.Simulator.dll'), '--port', '0', '--complete-after-ms', "$CompleteAfterMs", '--track-seconds', "$TrackSeconds")) {
        $start.ArgumentList.Add($argument)
    }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    # First line: "MusicGen simulator listening on http://127.0.0.1:PORT/"
    $line = $process.StandardOutput.ReadLine()
    if (-not $line -or $line -notmatch 'listening on (?<uri>\S+)') {
        $process.Kill()
        throw "The simulator did not start: '$line'"
    }
    [pscustomobject]@{
        Process = $process
        BaseUri = $Matches.uri
        ApiKey  = 'sim-key-0123456789abcdef'
    }
}

function Stop-MusicGenSimulator {
    param([Parameter(Mandatory)] $Simulator)
    if (-not $Simulator.Process.HasExited) {
        $Simulator.Process.Kill()
        $Simulator.Process.WaitForExit()
    }
}
