#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Run through ./build.ps1 -Task Test (or -Task Package, Pester): it packages out/MusicGen and out/simulator first.

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    . (Join-Path $PSScriptRoot 'Simulator.ps1')
    $script:simulator = Start-MusicGenSimulator -SimulatorPath (Join-Path $root 'out/simulator') -CompleteAfterMs 600
    # The suite's own journal, never the user's.
    $script:previousHome = $env:MUSICGEN_HOME
    $env:MUSICGEN_HOME = Join-Path $TestDrive 'home'
    Import-Module (Join-Path $root 'out/MusicGen/MusicGen.psd1') -Force
    Connect-MusicService -Provider MiniMax -ApiKey $simulator.ApiKey -BaseUri $simulator.BaseUri
    Connect-MusicService -Provider Suno -ApiKey $simulator.ApiKey -BaseUri $simulator.BaseUri

    function Get-GenerateRequestCount {
        (Invoke-RestMethod -Uri "$($simulator.BaseUri)_simulator/stats").generateRequests
    }
}

AfterAll {
    $env:MUSICGEN_HOME = $script:previousHome
    Remove-Module MusicGen -ErrorAction Ignore
    Stop-MusicGenSimulator $simulator
}

Describe 'The demo flow' {
    It 'generates on Suno, waits, and saves two tagged MP3 files, as Suno serves them' {
        $files = New-MusicTrack -Prompt 'A calm piano piece for a rainy night' -Model V5 |
            Wait-MusicTask -PollIntervalSec 0.5 -TimeoutSec 60 |
            Save-MusicTrack -Path $TestDrive

        $files | Should -HaveCount 2
        foreach ($file in $files) {
            $file.Name | Should -BeLike 'Calm Piano Piece*'  # Suno titles description-mode songs
            $file | Should -BeOfType System.IO.FileInfo
            $file.Extension | Should -Be '.mp3'
            $file.DirectoryName | Should -Be (Resolve-Path $TestDrive).Path
            [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($file.FullName), 0, 3) | Should -Be 'ID3'
        }
    }

    It 'writes what each file is into it, as ffprobe reads it' -Skip:(-not (Get-Command ffprobe -ErrorAction Ignore)) {
        $task = New-MusicTrack -Lyrics "[Verse]`nTagged" -Style 'Sea shanty' -Title 'Probe Me' -Model V5 -Wait -PollIntervalSec 0.5
        $file = $task | Save-MusicTrack -Path (Join-Path $TestDrive 'probed') | Select-Object -First 1

        $tags = (ffprobe -v error -show_format -of json $file.FullName | ConvertFrom-Json).format.tags
        $tags.title | Should -Be 'Probe Me'
        $tags.genre | Should -Be 'Sea shanty'
        $tags.encoder | Should -Be 'Suno V5'
        $tags.comment | Should -BeLike "Made with MusicGen: Generate, Suno task $($task.TaskId), audio *"
    }

    It 'New-MusicTrack -Wait returns finished tasks' {
        $task = New-MusicTrack -Instrumental -Style 'Ambient' -Title 'Still Water' -Model V4_5ALL -Wait -PollIntervalSec 0.5
        $task.Status | Should -Be 'Succeeded'
        $task.Tracks | Should -HaveCount 2
        $task.Tracks[0].Title | Should -Be 'Still Water'
    }

    It 'extends a track from a given second and remembers its parent' {
        $song = New-MusicTrack -Prompt 'A short piano theme' -Model V5 -Wait -PollIntervalSec 0.5
        $extension = $song.Tracks[0] |
            Invoke-MusicExtend -Lyrics "[Verse]`non it goes" -Style 'Piano' -Title 'Theme, Extended' -ContinueAt 2 -Wait -PollIntervalSec 0.5
        $extension.Operation | Should -Be 'Extend'
        $extension.ParentAudioId | Should -Be $song.Tracks[0].Id
        $extension | Save-MusicTrack -Path $TestDrive | Should -HaveCount 2
    }

    It 'mashes up two saved files and keeps a persona for a new song' {
        $song = New-MusicTrack -Prompt 'A short piano theme' -Model V5 -Wait -PollIntervalSec 0.5
        $files = $song | Save-MusicTrack -Path (Join-Path $TestDrive 'sources')
        $mashup = Merge-MusicMashup -Path $files.FullName -Prompt 'the theme with itself' -Wait -PollIntervalSec 0.5
        $mashup.Operation | Should -Be 'Mashup'
        $mashup.Status | Should -Be 'Succeeded'

        $persona = $song.Tracks[0] | New-MusicPersona -Name 'Piano Voice' -Description 'a soft piano timbre'
        $next = $persona | New-MusicTrack -Lyrics "[Verse]`nagain" -Style 'Piano' -Title 'Again' -Model V5
        $next.Status | Should -Be 'Pending'
    }

    It 'MiniMax answers with a finished task; hex audio is saved as bytes' {
        $task = New-MusicTrack -Lyrics "[Verse]`nla la" -Style 'Indie folk' -Title 'Hex Song' -Model music-2.6 -OutputFormat hex
        $task.Status | Should -Be 'Succeeded'
        $file = $task | Wait-MusicTask | Save-MusicTrack -Path $TestDrive -NameTemplate '{Title}'
        $file.Name | Should -Be 'Hex Song.wav'
    }

    It 'submits one task per CSV row' {
        $csv = Join-Path $TestDrive 'songs.csv'
        @(
            [pscustomobject]@{ Prompt = 'sunny surf rock'; Model = 'V5' }
            [pscustomobject]@{ Prompt = 'dark synthwave'; Model = 'V4_5' }
        ) | Export-Csv -Path $csv -NoTypeInformation

        $tasks = Import-Csv $csv | New-MusicTrack
        $tasks | Should -HaveCount 2
        ($tasks.TaskId | Select-Object -Unique) | Should -HaveCount 2
        $tasks | Get-MusicTask | Should -HaveCount 2
    }

    It 'submits a CSV of lyrics with a Model column' {
        $csv = Join-Path $TestDrive 'lyrics.csv'
        @(
            [pscustomobject]@{ Lyrics = "[Verse]`nla la"; Style = 'Indie folk'; Title = 'First'; Model = 'V4_5' }
            [pscustomobject]@{ Lyrics = "[Verse]`nna na"; Style = 'Pop'; Title = 'Second'; Model = 'music-2.6' }
        ) | Export-Csv -Path $csv -NoTypeInformation

        $tasks = Import-Csv $csv | New-MusicTrack
        ($tasks.Title -join ',') | Should -Be 'First,Second'
        ($tasks.Model -join ',') | Should -Be 'V4_5,music-2.6'
    }

    It '-WhatIf sends nothing' {
        $before = Get-GenerateRequestCount
        New-MusicTrack -Prompt 'dry run' -Model V5 -WhatIf
        Get-GenerateRequestCount | Should -Be $before
    }

    It 'refuses to overwrite a saved file without -Force' {
        $task = New-MusicTrack -Prompt 'overwrite check' -Model music-2.6
        $task | Save-MusicTrack -Path $TestDrive -NameTemplate 'same'
        { $task | Save-MusicTrack -Path $TestDrive -NameTemplate 'same' -ErrorAction Stop } | Should -Throw -ErrorId 'MusicGen.Save.FileExists*'
        $task | Save-MusicTrack -Path $TestDrive -NameTemplate 'same' -Force | Should -Not -BeNullOrEmpty
    }
}

Describe 'Suno V6' {
    It 'generates a V6 song from lyrics alone, waits, and saves it' {
        $task = New-MusicTrack -Lyrics "[Verse]`nNew model, old road" -Model V6 |
            Wait-MusicTask -PollIntervalSec 0.5 -TimeoutSec 60
        $task.Status | Should -Be 'Succeeded'
        $task.Model | Should -Be 'V6'
        $sent = (Invoke-RestMethod "$($simulator.BaseUri)api/v1/generate/record-info?taskId=$($task.TaskId)" `
            -Headers @{ Authorization = "Bearer $($simulator.ApiKey)" }).data.param | ConvertFrom-Json
        $sent.lyrics | Should -Be "[Verse]`nNew model, old road"
        $sent.PSObject.Properties.Name | Should -Not -Contain 'prompt'

        $files = $task | Save-MusicTrack -Path (Join-Path $TestDrive 'v6')
        $files | Should -HaveCount 2
        # Suno's audio URLs serve MP3, saved tagged (ID3 first).
        $files[0].Extension | Should -Be '.mp3'
        [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($files[0].FullName), 0, 3) | Should -Be 'ID3'
    }

    It 'uploads a local reference image only when the description is sent' {
        $image = Join-Path $TestDrive 'cover.png'
        [System.IO.File]::WriteAllBytes($image, [byte[]](137, 80, 78, 71, 13, 10, 26, 10))
        $before = Get-GenerateRequestCount
        New-MusicTrack -Prompt 'a song about this picture' -Style 'dream pop' -ImagePath $image -Model V6_MINI -WhatIf
        Get-GenerateRequestCount | Should -Be $before

        $task = New-MusicTrack -Prompt 'a song about this picture' -Style 'dream pop' -ImagePath $image -Model V6_MINI
        $sent = (Invoke-RestMethod "$($simulator.BaseUri)api/v1/generate/record-info?taskId=$($task.TaskId)" `
            -Headers @{ Authorization = "Bearer $($simulator.ApiKey)" }).data.param | ConvertFrom-Json
        $sent.imageUrls | Should -HaveCount 1
        $sent.imageUrls[0] | Should -BeLike 'http*'
        $sent.style | Should -Be 'dream pop'
    }

    It 'refuses what a V6 model does not take, naming the model, before sending' {
        $before = Get-GenerateRequestCount
        { New-MusicTrack -Instrumental -Title 'Only a title' -Model V6 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.Required*' -ExpectedMessage '*-Style, -Lyrics or -NegativeTag*'
        { New-MusicTrack -Lyrics 'la' -Style 'pop' -Title 't' -Duration 60 -Model V5 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.NotApplicable*' -ExpectedMessage '*model V5 takes no target duration*'
        { New-MusicTrack -Prompt 'rain' -ImageUri 'https://example.com/a.png' -Model V5 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.NotApplicable*'
        Get-GenerateRequestCount | Should -Be $before
    }

    It 'uses the connection''s default model, which stays V5 until V6 is chosen' {
        (New-MusicTrack -Prompt 'default model').Model | Should -Be 'V5'
        Connect-MusicService -Provider Suno -ApiKey $simulator.ApiKey -BaseUri $simulator.BaseUri -DefaultModel V6
        try {
            (New-MusicTrack -Prompt 'default model').Model | Should -Be 'V6'
        }
        finally {
            Connect-MusicService -Provider Suno -ApiKey $simulator.ApiKey -BaseUri $simulator.BaseUri
        }
    }

    It 'completes -Model with the V6 models first' {
        $line = 'New-MusicTrack -Model '
        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $offered[0..2] | Should -Be @('V6', 'V6_WILD', 'V6_MINI')
    }
}

Describe 'Validation errors as a PowerShell user meets them' {
    It 'names the parameter, the limit and the model, and sends nothing' {
        $before = Get-GenerateRequestCount
        $thrown = { New-MusicTrack -Lyrics 'la' -Style 'pop' -Title ('x' * 81) -Model V4 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.TooLong*' -PassThru
        $thrown.Exception.Message | Should -Match '-Title'
        $thrown.Exception.Message | Should -Match '80'
        $thrown.Exception.Message | Should -Match 'V4'
        $thrown.CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-GenerateRequestCount | Should -Be $before
    }

    It 'rejects a description over 500 characters for Suno' {
        { New-MusicTrack -Prompt ('x' * 501) -Model V5 -ErrorAction Stop } | Should -Throw -ErrorId 'MusicGen.Validation.TooLong*'
    }

    It 'names the model''s own limit for a text too long, the first time' {
        { New-MusicTrack -Lyrics ('x' * 6081) -Style 'folk' -Title 'Long' -Model V4 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.TooLong*' -ExpectedMessage '*model V4 allows at most 3000*'
    }

    It 'rejects values outside every model''s range at binding time' {
        { New-MusicTrack -Prompt 'x' -StyleWeight 1.5 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { New-MusicTrack -Prompt 'x' -Model V9 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'rejects a Suno-only parameter for a MiniMax model' {
        { New-MusicTrack -Prompt 'x' -Model music-2.6 -NegativeTag 'metal' -ErrorAction Stop } | Should -Throw -ErrorId 'MusicGen.Validation.WrongProvider*'
    }

    It 'does not combine -Lyrics with -Instrumental' {
        { New-MusicTrack -Lyrics 'la' -Style 'pop' -Title 't' -Instrumental -ErrorAction Stop } | Should -Throw -ErrorId 'MusicGen.Validation.Conflict*'
    }

    It 'reports a bad key as an authentication error without showing the key' {
        # As a user passes a secret: in a variable. The error view echoes the source line, not values.
        $wrongKey = 'not-the-right-key-' + [guid]::NewGuid().ToString('N')
        $thrown = { Get-MusicCredit -ApiKey $wrongKey -ErrorAction Stop } | Should -Throw -PassThru
        $thrown.CategoryInfo.Category | Should -Be 'AuthenticationError'
        ($thrown | Out-String) | Should -Not -BeLike "*$($wrongKey.Substring(0, $wrongKey.Length - 4))*"
    }
}

Describe 'Connections' {
    It 'shows keys masked' {
        $connection = Get-MusicConnection -Provider Suno
        $connection.MaskedApiKey | Should -Be '****cdef'
        (Get-MusicConnection | Out-String) | Should -Not -Match $simulator.ApiKey
    }

    It 'refuses plain HTTP to a remote host' {
        { Connect-MusicService -Provider Suno -ApiKey 'k-1234567890123456' -BaseUri 'http://example.com' } | Should -Throw -ErrorId 'MusicGen.Connection.InsecureBaseUri*'
    }

    It 'reports remaining credits' {
        (Get-MusicCredit).Credits | Should -BeGreaterThan 0
    }
}

Describe 'Checking, callbacks and help' {
    It 'Test-MusicRequest reports every problem of a CSV row and sends nothing' {
        $before = Get-GenerateRequestCount
        $csv = Join-Path $TestDrive 'check.csv'
        @(
            [pscustomobject]@{ Lyrics = '[Verse] fine'; Style = 'folk'; Title = 'Fine'; Model = 'V4' }
            [pscustomobject]@{ Lyrics = 'x' * 3001; Style = 's' * 201; Title = 'Too Long'; Model = 'V4' }
        ) | Export-Csv -Path $csv -NoTypeInformation

        $reports = Import-Csv $csv | Test-MusicRequest

        $reports.Valid | Should -Be @($true, $false)
        $reports[1].Problems.Parameter | Should -Be @('Lyrics', 'Style')
        Get-GenerateRequestCount | Should -Be $before
    }

    It 'ConvertFrom-MusicCallback reads a callback parsed by ConvertFrom-Json' {
        $body = '{"code":200,"msg":"ok","data":{"callbackType":"complete","task_id":"cb1","data":[{"id":"t1","audio_url":"https://cdn.example.com/t1.mp3","title":"Parsed"}]}}'

        $task = $body | ConvertFrom-Json | ConvertFrom-MusicCallback

        $task.TaskId | Should -Be 'cb1'
        $task.CallbackStage | Should -Be 'complete'
        $task.Tracks[0].Title | Should -Be 'Parsed'
    }

    It 'has full help with examples for every cmdlet' {
        foreach ($command in Get-Command -Module MusicGen) {
            $help = Get-Help $command.Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        }
    }

    It 'completes -Model with the models a cmdlet accepts' {
        $line = 'Invoke-MusicExtend -Model V3'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'V3_5'
    }
}

Describe 'Objects in other formats' {
    It 'ConvertTo-Json writes names, not numbers, and a task with its tracks fits the default depth' {
        $task = New-MusicTrack -Prompt 'a song for a JSON file' -Model V5 -Wait -PollIntervalSec 0.5

        $json = $task | ConvertTo-Json -WarningVariable depthWarnings -WarningAction SilentlyContinue
        $back = $json | ConvertFrom-Json

        $depthWarnings | Should -BeNullOrEmpty
        $back.Status | Should -Be 'Succeeded'
        $back.Provider | Should -Be 'Suno'
        $back.Operation | Should -Be 'Generate'
        $back.Tracks | Should -HaveCount 2
        $back.Tracks[0].Provider | Should -Be 'Suno'
        $back.Tracks[0].DurationSeconds | Should -BeGreaterThan 0
        $back.Tracks[0].AudioUri | Should -Be $task.Tracks[0].AudioUri.AbsoluteUri
    }

    It 'ConvertTo-Json leaves a MiniMax song held in memory out, not megabytes of numbers' {
        $task = New-MusicTrack -Prompt 'a calm piano piece held as hex' -Model music-2.6 -OutputFormat hex

        $json = $task | ConvertTo-Json -Depth 5

        $task.Tracks[0].AudioData.Length | Should -BeGreaterThan 10000
        $json.Length | Should -BeLessThan 5000
    }
}

Describe 'MiniMax: streaming, lyrics and covers' {
    It 'streams a song to -OutFile and names it on the task' {
        $file = Join-Path $TestDrive 'streamed.mp3'
        $task = New-MusicTrack -Lyrics "[Verse]`nstreamed" -Style 'pop' -Title 'Streamed' -Model music-2.6 -Stream -OutFile $file
        $task.Tracks[0].FilePath | Should -Be $file
        (Get-Item $file).Length | Should -BeGreaterThan 0
        Get-ChildItem -Path $TestDrive -Filter '*.partial' -Force | Should -BeNullOrEmpty
    }

    It 'pipes MiniMax lyrics into a song without warning about its own section tags' {
        $task = New-MusicLyrics -Prompt 'a sea shanty about CI pipelines' | New-MusicTrack -Model music-2.6 -WarningVariable warnings -WarningAction SilentlyContinue
        $task.Status | Should -Be 'Succeeded'
        $task.Tracks[0].Lyrics | Should -Match '\[Verse 1\]'
        $warnings | Should -BeNullOrEmpty
    }

    It 'warns about bracketed text a MiniMax model would sing' {
        $null = New-MusicTrack -Lyrics "[Whispered]`nla la" -Style 'folk' -Title 'Quiet' -Model music-2.6 -WarningVariable warnings -WarningAction SilentlyContinue
        "$warnings" | Should -Match '\[Whispered\].*may be sung'
    }

    It 'analyses a reference once and covers it with edited lyrics' {
        # MiniMax downloads the reference: a track the simulator serves (it refuses other hosts).
        $reference = (Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUri)_simulator/seed/track?seconds=8").audioUrl
        $feature = Get-MusicCoverFeature -AudioUri $reference
        $feature.Lyrics = "[Verse]`nmy own words for it"
        $cover = $feature | New-MusicCover -Prompt 'indie folk, acoustic guitar' -Model music-cover
        $cover.Operation | Should -Be 'Cover'
        $cover.Tracks[0].Lyrics | Should -Be "[Verse]`nmy own words for it"
    }
}

Describe 'Running a runbook again' {
    It 'sends each row once when the rows carry an IdempotencyKey' {
        $rows = @(
            [pscustomobject]@{ Prompt = 'a shanty for row one'; Model = 'V5'; IdempotencyKey = 'pester-row-1' }
            [pscustomobject]@{ Prompt = 'a shanty for row two'; Model = 'V5'; IdempotencyKey = 'pester-row-2' }
        )
        $before = Get-GenerateRequestCount

        $first = $rows | New-MusicTrack
        $again = $rows | New-MusicTrack

        $again.TaskId | Should -Be $first.TaskId
        Get-GenerateRequestCount | Should -Be ($before + 2)
    }

    It 'lists the unfinished tasks for Wait-MusicTask' {
        $task = New-MusicTrack -Prompt 'a waltz left waiting' -Model V5 -IdempotencyKey 'pester-waltz'

        $done = Get-MusicTask -Pending | Wait-MusicTask -PollIntervalSec 0.5 -TimeoutSec 60

        $done.TaskId | Should -Contain $task.TaskId
        ($done | Where-Object TaskId -eq $task.TaskId).Status | Should -Be 'Succeeded'
        Get-MusicTask -Pending | Should -BeNullOrEmpty
    }
}

Describe 'After the song' {
    It 'boosts a style and pipes it into a new song' {
        $style = Optimize-MusicStyle 'Pop, Mysterious'
        $task = $style | New-MusicTrack -Instrumental -Title 'Night Drive' -Model V5 -Wait -PollIntervalSec 0.5

        $style.Style | Should -BeLike 'Pop, Mysterious, *'
        $task.Status | Should -Be 'Succeeded'
        $task.Tracks[0].Style | Should -Be $style.Style
    }

    It 'times the words of a track and writes a karaoke file any player reads' {
        $t = New-MusicTrack -Lyrics "[Verse]`nStreetlights flicker on`n[Chorus]`nWe walk home" -Style 'folk' -Title 'Night Walk' -Model V5 -Wait -PollIntervalSec 0.5
        $path = Join-Path $TestDrive 'song.lrc'

        $file = $t.Tracks[0] | Get-MusicLyricTiming | Export-MusicLyricTiming -Path $path

        $file | Should -BeOfType System.IO.FileInfo
        $lines = Get-Content $file.FullName
        $lines | Should -Contain '[ti:Night Walk]'
        ($lines -match '^\[\d\d:\d\d\.\d\d\]') | Should -HaveCount 2
        $lines[-1] | Should -Match '^\[\d\d:\d\d\.\d\d\]We walk home$'
        { $t.Tracks[0] | Get-MusicLyricTiming | Export-MusicLyricTiming -Path $path -ErrorAction Stop } | Should -Throw -ErrorId 'MusicGen.Export.FileExists*'
    }

    It 'adds vocals to a saved instrumental file and a band to a track' {
        $bed = New-MusicTrack -Instrumental -Style 'lo-fi piano' -Title 'Bed' -Model V5 -Wait -PollIntervalSec 0.5
        $files = $bed | Save-MusicTrack -Path (Join-Path $TestDrive 'bed')

        $sung = Add-MusicVocal -Path $files[0].FullName -Title 'Sung' -Style 'soul' -NegativeTag 'screaming' -Prompt "[Verse]`nRain" -Wait -PollIntervalSec 0.5
        $band = $bed.Tracks[1] | Add-MusicInstrumental -Title 'Band' -Style 'funk' -NegativeTag 'strings' -Wait -PollIntervalSec 0.5

        $sung.Operation, $band.Operation | Should -Be 'AddVocals', 'AddInstrumental'
        $sung.Status, $band.Status | Should -Be 'Succeeded', 'Succeeded'
    }

    It 'replaces a section of a two-minute track and refuses a window over a minute before sending' {
        $song = New-MusicCover -AudioUri 'https://files.example.com/long.mp3?seconds=120' -Prompt 'a folk song' -Model V5 -Wait -PollIntervalSec 0.5
        $before = Get-GenerateRequestCount

        { $song.Tracks[0] | Edit-MusicSection -Start 0 -End 61 -Lyrics 'x' -Style 'folk' -FullLyrics 'x' -ErrorAction Stop } |
            Should -Throw -ErrorId 'MusicGen.Validation.OutOfRange*'
        Get-GenerateRequestCount | Should -Be $before
        $edit = $song.Tracks[0] | Edit-MusicSection -Start 30 -End 45 -Lyrics '[Bridge] new' -Style 'folk' -FullLyrics '[Verse] old [Bridge] new' -Wait -PollIntervalSec 0.5

        $edit.Operation | Should -Be 'ReplaceSection'
        $edit.ParentAudioId | Should -Be $song.Tracks[0].Id
    }

    It 'makes a sound loop and saves it' {
        $files = New-MusicSound 'a dry funk drum loop' -Loop -Tempo 96 -Wait -PollIntervalSec 0.5 | Save-MusicTrack -Path (Join-Path $TestDrive 'sounds')

        $files | Should -Not -BeNullOrEmpty
        $files | ForEach-Object { $_ | Should -BeOfType System.IO.FileInfo }
    }
}

Describe 'Stems, WAV, MIDI, artwork, video and lyrics tasks' {
    BeforeAll {
        $script:song = New-MusicTrack -Prompt 'a funk groove' -Model V5 -Wait -PollIntervalSec 0.5
        function Get-Head([System.IO.FileInfo] $File, [int] $Offset, [int] $Count) {
            [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($File.FullName), $Offset, $Count)
        }
    }

    It 'splits a piped track into stems and saves one WAV per stem, named by stem' {
        $files = $song.Tracks[0] | Split-MusicTrack -Mode Stems -Wait -PollIntervalSec 0.5 |
            Save-MusicTrack -Path (Join-Path $TestDrive 'stems')

        $files | Should -HaveCount 12
        $files.Name | Should -Contain ($files | Where-Object Name -like 'Funk Groove-Drums-*.wav').Name
        foreach ($file in $files) { Get-Head $file 0 4 | Should -Be 'RIFF' }
    }

    It 'makes a Standard MIDI File from a separation' {
        $file = $song.Tracks[0] | Split-MusicTrack -Mode Stems -Wait -PollIntervalSec 0.5 |
            New-MusicMidi -Wait -PollIntervalSec 0.5 | Save-MusicTrack -Path (Join-Path $TestDrive 'midi')

        $file.Extension | Should -Be '.mid'
        Get-Head $file 0 4 | Should -Be 'MThd'
        $bytes = [System.IO.File]::ReadAllBytes($file.FullName)
        # Every track chunk ends with the end-of-track meta event.
        $bytes[-3..-1] | Should -Be @(0xFF, 0x2F, 0x00)
    }

    It 'converts to WAV, makes artwork once and a video, each saved by its content' {
        $wav = $song.Tracks[1] | Convert-MusicTrack -Format Wav -Wait -PollIntervalSec 0.5 | Save-MusicTrack -Path (Join-Path $TestDrive 'wav')
        $art = $song | New-MusicArtwork -Wait -PollIntervalSec 0.5 | Save-MusicTrack -Path (Join-Path $TestDrive 'art')
        $again = $song | New-MusicArtwork -WarningVariable warned -WarningAction SilentlyContinue
        $mp4 = $song.Tracks[1] | New-MusicVideo -Author 'Ann' -DomainName 'example.org' -Wait -PollIntervalSec 0.5 |
            Save-MusicTrack -Path (Join-Path $TestDrive 'video')

        $wav.Extension | Should -Be '.wav'
        $art | Should -HaveCount 2
        $art.Extension | Should -Be @('.png', '.png')
        $again.Operation | Should -Be 'Artwork'
        $warned | Should -Not -BeNullOrEmpty
        $mp4.Extension | Should -Be '.mp4'
        Get-Head $mp4 4 4 | Should -Be 'ftyp'
    }

    It 'writes Suno lyrics as variations that bind into a new song' {
        $lyrics = New-MusicLyrics -Provider Suno -Prompt 'a quiet night in the city' -Wait -PollIntervalSec 0.5
        $lyrics | Should -HaveCount 2
        $task = $lyrics[0] | New-MusicTrack -Style 'lo-fi' -Model V5 -Wait -PollIntervalSec 0.5

        $task.Title | Should -Be $lyrics[0].Title
        $task.Tracks[0].Lyrics | Should -Be $lyrics[0].Lyrics
    }

    It 'finds every kind by its id alone through the journal, and lists the unfinished ones' {
        # This separation takes 3 s, so it is still unfinished when the journal is listed.
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUri)_simulator/faults" -ContentType 'application/json' `
            -Body '{"path":"/api/v1/vocal-removal/generate","completeAfterMs":3000}' | Out-Null
        $split = $song.Tracks[0] | Split-MusicTrack -IdempotencyKey "pester-split-$($song.TaskId)"
        $same = $song.Tracks[0] | Split-MusicTrack -IdempotencyKey "pester-split-$($song.TaskId)"
        @(Get-MusicTask -Pending).TaskId | Should -Contain $split.TaskId

        $done = Wait-MusicTask -TaskId $split.TaskId -PollIntervalSec 0.5 -TimeoutSec 60
        $same.TaskId | Should -Be $split.TaskId
        $done.Operation | Should -Be 'Split'
        $done.Tracks.Stem | Should -Be @('Vocals', 'Instrumental')
        # A task kept as JSON says where it is polled, journal or not.
        ($done | ConvertTo-Json -Depth 6 | ConvertFrom-Json | Get-MusicTask).Tracks.Stem | Should -Be @('Vocals', 'Instrumental')
    }
}
