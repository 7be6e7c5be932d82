using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper users grant-sector EMAIL [--db PATH]</c>: gives an existing account the LGA's sector role. The web app
/// never grants it through registration; this, and the <c>Sector:AdminEmails</c> setting, are the only ways.
/// </summary>
internal static class UsersCommand
{
    public static Command Create() => new("users", "Manage accounts") { GrantSector() };

    private static Command GrantSector()
    {
        var email = new Argument<string>("email") { Description = "The email address the person signs in with" };
        var db = CommonOptions.Db();
        var command = new Command("grant-sector", "Give an account the sector role (sector-wide, anonymised views)") { email, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilUser>>();
            var address = parse.GetValue(email)!;
            var result = await SectorRole.GrantAsync(users, address);
            var (message, code) = result switch
            {
                SectorRole.GrantResult.Granted => ($"{address} now has the sector role.", 0),
                SectorRole.GrantResult.AlreadyGranted => ($"{address} already has the sector role.", 0),
                _ => ($"No account uses {address}. The person must register or be invited first.", 1),
            };
            (code == 0 ? Console.Out : Console.Error).WriteLine(message);
            return code;
        });
        return command;
    }
}
