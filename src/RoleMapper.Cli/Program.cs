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
};
return await root.Parse(args).InvokeAsync();
