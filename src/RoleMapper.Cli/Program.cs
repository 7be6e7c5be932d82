using System.CommandLine;
using RoleMapper.Cli;
using RoleMapper.Cli.Commands;

StartupProfile.Start(args);

var root = new RootCommand("RoleMapper: match council job roles to apprenticeship standards")
{
    ExportCommand.Create(),
    ImportCommand.Create(),
    MatchCommand.Create(),
    UsersCommand.Create(),
    OrgCommand.Create(),
    RolesCommand.Create(),
    MapCommand.Create(),
    EvalCommand.Create(),
    UnmatchedCommand.Create(),
    BackupCommand.Create(),
};
// Ctrl+C and SIGTERM cancel the command's token; it then has StopTimeout to record what it was doing and stop.
// Errors are ours to word (CliErrors), not System.CommandLine's default handler, which prints the stack trace.
return await CliErrors.RunAsync(() => root.Parse(args).InvokeAsync(new InvocationConfiguration
{
    ProcessTerminationTimeout = ExitCodes.StopTimeout,
    EnableDefaultExceptionHandler = false,
}));
