#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Installs the built MusicGen.<version>.nupkg as a PowerShell Gallery user would: from a
# repository, with PSResourceGet, imported by name. Run through ./build.ps1 -Task Test.

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    . (Join-Path $PSScriptRoot 'Simulator.ps1')
    $script:simulator = Start-MusicGenSimulator -SimulatorPath (Join-Path $root 'out/simulator') -CompleteAfterMs 600
    $script:package = Get-ChildItem (Join-Path $root 'out') -Filter 'MusicGen.*.nupkg' | Select-Object -First 1

    # A second pwsh of the same build: under `dotnet pwsh` the process is dotnet itself.
    $script:pwsh = [Environment]::ProcessPath
    $script:pwshArguments = @()
    if ((Split-Path $pwsh -Leaf) -like 'dotnet*') { $script:pwshArguments = @(Join-Path $PSHOME 'pwsh.dll') }

    # Where PSResourceGet keeps a user's modules and repositories on Linux and macOS: under
    # HOME/.local/share whatever XDG_DATA_HOME says, so a child process whose HOME is a
    # temporary folder installs there and nowhere else.
    function Get-UserModuleState {
        $data = Join-Path $HOME '.local/share'
        [pscustomobject]@{
            Module       = Test-Path (Join-Path $data 'powershell/Modules/MusicGen')
            Repositories = Get-Content (Join-Path $data 'PSResourceGet/PSResourceRepository.xml') -Raw -ErrorAction Ignore
        }
    }
}

AfterAll {
    Stop-MusicGenSimulator $simulator
}

# On Windows a CurrentUser install goes to the Documents folder, which a child process cannot be
# pointed away from; there this test would write into the user's real module folder.
Describe 'Installing from a repository' -Skip:$IsWindows {
    It 'installs the package with Install-PSResource, imports it by name and runs a cmdlet' {
        $package | Should -Not -BeNullOrEmpty -Because './build.ps1 -Task Package makes out/MusicGen.<version>.nupkg'
        $repository = New-Item -ItemType Directory (Join-Path $TestDrive 'repository')
        Copy-Item $package.FullName $repository
        $userHome = New-Item -ItemType Directory (Join-Path $TestDrive 'user-home')
        $before = Get-UserModuleState

        $script = @'
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name MusicGenFolder -Uri $env:TEST_REPOSITORY -Trusted
Install-PSResource -Name MusicGen -Repository MusicGenFolder -Scope CurrentUser -TrustRepository -Quiet
Import-Module MusicGen
$module = Get-Module MusicGen
$credit = Get-MusicCredit
[pscustomobject]@{ Base = $module.ModuleBase; Version = "$($module.Version)"; Credits = $credit.Credits } | ConvertTo-Json -Compress
'@
        $saved = @{}
        $environment = @{
            HOME                   = $userHome.FullName
            XDG_DATA_HOME          = $null
            XDG_CONFIG_HOME        = $null
            XDG_CACHE_HOME         = $null
            # Only the installed module and PowerShell's own: a MusicGen elsewhere on the path
            # must not be the one imported.
            PSModulePath           = Join-Path $PSHOME 'Modules'
            TEST_REPOSITORY        = $repository.FullName
            MUSICGEN_HOME          = Join-Path $TestDrive 'home'
            MUSICGEN_SUNO_API_KEY  = $simulator.ApiKey
            MUSICGEN_SUNO_BASE_URI = $simulator.BaseUri
        }
        foreach ($name in $environment.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $environment[$name])
        }
        try {
            $output = & $pwsh @pwshArguments -NoProfile -NonInteractive -Command $script 2>&1
            $exitCode = $LASTEXITCODE
        }
        finally {
            foreach ($name in $environment.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }

        $exitCode | Should -Be 0 -Because ($output | Out-String)
        $result = $output | Select-Object -Last 1 | ConvertFrom-Json
        $result.Base | Should -BeLike "$($userHome.FullName)*"
        $result.Version | Should -Be ($package.BaseName -replace '^MusicGen\.')
        $result.Credits | Should -BeGreaterThan 0
        # Nothing in the user's real module folder or repository list.
        $after = Get-UserModuleState
        $after.Module | Should -Be $before.Module
        $after.Repositories | Should -Be $before.Repositories
        $after.Repositories | Should -Not -Match 'MusicGenFolder'
    }
}
