using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Web.Tests.Support;

public static class SectorUser
{
    /// <summary>Signed in as the fixture's sector lead (<see cref="HostFixture.SectorEmail"/>, sector role by configuration).</summary>
    public static async Task<HttpClient> SignedInSectorAsync(this HostFixture host)
    {
        await host.EnsureSectorUserAsync();
        return await host.SignedInAsync(HostFixture.SectorEmail);
    }

    /// <summary>The sector lead's account, belonging to no council; made on first use.</summary>
    public static async Task EnsureSectorUserAsync(this HostFixture host)
    {
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilUser>>();
        if (await users.FindByEmailAsync(HostFixture.SectorEmail) is null)
        {
            await host.PersonAsync(null, HostFixture.SectorEmail);
        }
    }
}
