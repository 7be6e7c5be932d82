using Microsoft.AspNetCore.Identity;
using Moq;
using RoleMapper.Web.Pages.Account;

namespace RoleMapper.Web.Tests.PageTests.Account;

/// <summary>
/// Signing in does the same work, and says the same thing, whatever the address: exactly one password hash is checked
/// for an address nobody uses, a real account and a locked one. The work is counted with a Moq fake of the password
/// hasher that checks with the real one; nothing is timed.
/// </summary>
[Collection(CountedHasherCollection.Name)]
public sealed class SignInWorkTests(CountedHasherHostFixture host)
{
    private async Task<(int HashesChecked, HttpStatusCode Status, IReadOnlyList<string> Errors)> SignInAsync(string email, string password)
    {
        var client = host.NewClient();
        var form = await client.GetPageAsync("/account/sign-in");
        host.Hasher.Invocations.Clear();
        using var response = await client.SubmitAsync(form, "main form", ("Input.Email", email), ("Input.Password", password));
        var checkedHashes = host.Hasher.Invocations.Count(i => i.Method.Name == nameof(IPasswordHasher<CouncilUser>.VerifyHashedPassword));
        var page = await WebPage.ReadAsync("/account/sign-in", response);
        return (checkedHashes, response.StatusCode, page.Errors);
    }

    [Fact]
    public async Task AnUnknownAddress_ChecksOnePasswordHashAsARealAccountDoes()
    {
        var council = await host.CouncilAsync();

        var unknown = await SignInAsync(A.UniqueEmail("nobody"), "a password of some length");
        var wrong = await SignInAsync(council.AdminEmail, "a password of some length");
        var right = await SignInAsync(council.AdminEmail, HostFixture.Password);

        Assert.Equal(1, unknown.HashesChecked);
        Assert.Equal(1, wrong.HashesChecked);
        Assert.Equal(1, right.HashesChecked);
        Assert.Equal([SignInModel.WrongDetails], unknown.Errors);
        Assert.Equal(unknown.Errors, wrong.Errors);
        Assert.Equal(HttpStatusCode.Redirect, right.Status);
    }

    [Fact]
    public async Task ALockedAccount_ChecksOnePasswordHashAndSaysWhatAnUnknownAddressIsTold()
    {
        var council = await host.CouncilAsync();
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilUser>>();
            var admin = await users.FindByEmailAsync(council.AdminEmail);
            await users.SetLockoutEndDateAsync(admin!, DateTimeOffset.UtcNow + AccountRules.LockoutDuration);
        }

        var locked = await SignInAsync(council.AdminEmail, HostFixture.Password);
        var unknown = await SignInAsync(A.UniqueEmail("nobody"), HostFixture.Password);

        Assert.Equal(1, locked.HashesChecked);
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Equal(unknown.Errors, locked.Errors);
        Assert.Equal(unknown.HashesChecked, locked.HashesChecked);
    }
}
