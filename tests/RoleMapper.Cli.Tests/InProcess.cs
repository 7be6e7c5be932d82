using System.CommandLine;
using RoleMapper.Cli.Commands;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// Runs commands in this process, with their output captured, for tests of what a command prints and writes; how the
/// real program starts (its exit codes, its home folder) is <see cref="CliRunner"/>'s.
/// </summary>
internal static class InProcess
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create(), MatchCommand.Create(), UnmatchedCommand.Create() };
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
        return (code, output.ToString(), errors.ToString());
    }
}
