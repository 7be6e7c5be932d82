using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper org create NAME [--type T] [--region R] [--db PATH]</c>: registers a council with no people yet, for the
/// sector team onboarding councils in bulk; its first admin is invited or registers later. The region must be given:
/// the sector view groups councils by it, and no region is a safe guess.
/// </summary>
internal static class OrgCommand
{
    public static Command Create() => new("org", "Manage councils") { CreateCouncil() };

    private static Command CreateCouncil()
    {
        var name = new Argument<string>("name") { Description = "The council's name, e.g. \"Mercia Borough Council\"" };
        var type = new Option<string?>("--type") { Description = $"Type of council: {EnumWords.List<OrganisationType>()} (default: other)", HelpName = "T" };
        var region = new Option<string?>("--region") { Description = $"Region of England: {EnumWords.List<EnglishRegion>()}", HelpName = "R" };
        var db = CommonOptions.Db();
        var command = new Command("create", "Register a council") { name, type, region, db };
        command.SetAction(async (parse, ct) =>
        {
            var councilName = string.Join(' ', parse.GetValue(name)!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (councilName.Length is 0 or > Organisation.MaxNameLength)
            {
                return Fail($"Give the council's name, of {Organisation.MaxNameLength} characters or fewer.");
            }
            if (!EnumWords.TryParse(parse.GetValue(type) ?? "other", out OrganisationType councilType))
            {
                return Fail($"Unknown type \"{parse.GetValue(type)}\". Use one of: {EnumWords.List<OrganisationType>()}.");
            }
            if (parse.GetValue(region) is not { Length: > 0 } regionText)
            {
                return Fail($"Give the council's region with --region R, one of: {EnumWords.List<EnglishRegion>()}.");
            }
            if (!EnumWords.TryParse(regionText, out EnglishRegion councilRegion))
            {
                return Fail($"Unknown region \"{regionText}\". Use one of: {EnumWords.List<EnglishRegion>()}.");
            }
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<RoleMapperDbContext>();
            var normalized = Organisation.Normalize(councilName);
            if (await context.Organisations.AnyAsync(o => o.NormalizedName == normalized, ct))
            {
                return Fail($"A council called \"{councilName}\" is already registered.");
            }
            context.Organisations.Add(new Organisation
            {
                Name = councilName, NormalizedName = normalized, Type = councilType, Region = councilRegion,
                CreatedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            });
            try
            {
                await context.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Registered a moment ago by someone else; the unique index said no.
                return Fail($"A council called \"{councilName}\" is already registered.");
            }
            Console.Out.WriteLine($"Registered {councilName} ({councilType.Display()}, {councilRegion.Display()}).");
            return 0;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
