namespace RoleMapper.Cli.Tests;

/// <summary>
/// Each command keeps .NET's multi-core JIT profile in the user's local data folder, and a home folder that cannot be
/// written only loses the speed-up, never the command.
/// </summary>
public sealed class StartupProfileTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("rolemapper-cli-profile-").FullName;

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task ACommand_RecordsItsProfileUnderTheUsersLocalData()
    {
        var run = await CliRunner.RunWithHomeAsync(home, "unmatched", "--db", Path.Combine(home, "rolemapper.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(home, ".local", "share", "RoleMapper", "startup", "unmatched.jitprofile")),
            run.Out + run.Error);
    }

    [Fact]
    public async Task AHomeFolderThat_CannotBeWrittenDoesNotStopTheCommand()
    {
        // A file where the home folder should be: creating the profile folder under it fails, even for root.
        var notAFolder = Path.Combine(home, "file");
        await File.WriteAllTextAsync(notAFolder, "");

        var run = await CliRunner.RunWithHomeAsync(notAFolder, "unmatched", "--db", Path.Combine(home, "rolemapper.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No weak titles", run.Out + run.Error, StringComparison.OrdinalIgnoreCase);
    }
}
