namespace RoleMapper.Cli.Tests;

/// <summary>
/// A database the real CLI filled from the small 22 Aug 2026 feed, made once per test class. Each test copies it, so
/// no command seeds the full snapshot and the import process is not started again for every test.
/// </summary>
public sealed class ImportedDatabase : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-template-").FullName;
    private string TemplatePath => Path.Combine(folder, "template.db");

    public async Task InitializeAsync()
    {
        var result = await CliRunner.RunAsync("import", "--from", RepoPaths.SmallNewFeed, "--db", TemplatePath);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("The template import failed: " + result.Out + result.Error);
        }
    }

    /// <summary>
    /// Copies the template to <paramref name="path"/>. The CLI process has exited; its write-ahead log goes too in case
    /// the process left one behind, since the database is only whole with it.
    /// </summary>
    public void CopyTo(string path)
    {
        File.Copy(TemplatePath, path);
        if (File.Exists(TemplatePath + "-wal"))
        {
            File.Copy(TemplatePath + "-wal", path + "-wal");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
