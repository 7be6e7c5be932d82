using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper org create NAME|ONS-CODE [--type T] [--region R] [--unlisted] [--db PATH]</c>: registers a council with no
/// people yet, for the sector team onboarding councils in bulk; its first admin is invited or registers later (and then
/// asks to join). A listed council takes its name, type and region from the list of English councils; a type or region
/// given must agree with it. <c>--unlisted</c> is for a body outside the list, which must give its region: the sector
/// view groups councils by it, and no region is a safe guess. The use case is <see cref="CouncilRegistration"/>'s.
/// </summary>
internal static class OrgCommand
{
    public static Command Create() => new("org", "Manage councils") { CreateCouncil() };

    private static Command CreateCouncil()
    {
        var name = new Argument<string>("name") { Description = "The council's name or ONS code, e.g. \"Adur District Council\" or E07000223" };
        var type = new Option<string?>("--type") { Description = $"Type of council, checked against the list: {EnumWords.List<OrganisationType>()}", HelpName = "T" };
        var region = new Option<string?>("--region") { Description = $"Region of England, checked against the list: {EnumWords.List<EnglishRegion>()}", HelpName = "R" };
        var unlisted = new Option<bool>("--unlisted") { Description = "A body outside the list of English councils (a fire authority, a national park); needs --region" };
        var db = CommonOptions.Db();
        var command = new Command("create", "Register a council from the list of English councils") { name, type, region, unlisted, db };
        command.SetAction(async (parse, ct) =>
        {
            var councilName = string.Join(' ', parse.GetValue(name)!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (councilName.Length is 0 or > Organisation.MaxNameLength)
            {
                return Fail($"Give the council's name or ONS code, of {Organisation.MaxNameLength} characters or fewer.");
            }
            OrganisationType? councilType = null;
            if (parse.GetValue(type) is { } typeText)
            {
                if (!EnumWords.TryParse(typeText, out OrganisationType parsed))
                {
                    return Fail($"Unknown type \"{typeText}\". Use one of: {EnumWords.List<OrganisationType>()}.");
                }
                councilType = parsed;
            }
            EnglishRegion? councilRegion = null;
            if (parse.GetValue(region) is { Length: > 0 } regionText)
            {
                if (!EnumWords.TryParse(regionText, out EnglishRegion parsed))
                {
                    return Fail($"Unknown region \"{regionText}\". Use one of: {EnumWords.List<EnglishRegion>()}.");
                }
                councilRegion = parsed;
            }
            var isUnlisted = parse.GetValue(unlisted);
            if (isUnlisted && councilRegion is null)
            {
                return Fail($"Give the region of a body outside the list with --region R, one of: {EnumWords.List<EnglishRegion>()}.");
            }
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            using var scope = services.CreateScope();
            var registration = scope.ServiceProvider.GetRequiredService<CouncilRegistration>();
            var created = isUnlisted
                ? await registration.CreateUnlistedAsync(councilName, councilType ?? OrganisationType.Other, councilRegion!.Value, ct)
                : await registration.CreateListedAsync(councilName, councilType, councilRegion, ct);
            if (created.Council is not { } council)
            {
                return Fail(created.Error!);
            }
            var code = council.OnsCode is null ? "not in the list" : council.OnsCode;
            Console.Out.WriteLine($"Registered {council.Name} ({council.Type.Display()}, {council.Region.Display()}, {code}).");
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
