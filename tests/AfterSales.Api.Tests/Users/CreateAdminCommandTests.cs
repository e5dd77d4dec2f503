using AfterSales.Api.CommandLine;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Users;

/// <summary>X-5: <c>create-admin</c> makes the first Admin against the configured database, or refuses clearly.</summary>
public sealed class CreateAdminCommandTests : ApiTest
{
    [Test]
    public async Task X5_create_admin_makes_an_admin_whose_generated_password_is_printed_once_and_refuses_an_existing_name()
    {
        var (code, output, error) = await RunAsync(["--user-name", "root", "--display-name", "Root Admin"]);
        var (again, _, refusal) = await RunAsync(["--user-name", "root"]);

        var password = output.Trim().Split(' ')[^1];
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
        var root = (await users.FindByNameAsync("root"))!;
        Assert.Multiple(async () =>
        {
            Assert.That((code, error), Is.EqualTo((0, string.Empty)));
            Assert.That(output, Does.StartWith("Created the Admin user root. Temporary password, shown only this once: "));
            Assert.That(await users.CheckPasswordAsync(root, password), Is.True);
            Assert.That(await users.GetRolesAsync(root), Is.EqualTo(new[] { Roles.Admin }));
            Assert.That(root.DisplayName, Is.EqualTo("Root Admin"));
            Assert.That(again, Is.EqualTo(1));
            Assert.That(refusal, Does.Contain("a user named root exists already; nothing was changed"));
        });
    }

    [Test]
    public async Task X5_create_admin_takes_a_password_from_standard_input_and_refuses_a_weak_one_changing_nothing()
    {
        var (weak, _, refusal) = await RunAsync(["--user-name", "root", "--password-stdin"], "short\n");
        var (code, output, _) = await RunAsync(["--user-name", "root", "--password-stdin"], "Correct-horse-battery-9\n");

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
        Assert.Multiple(async () =>
        {
            Assert.That(weak, Is.EqualTo(1));
            Assert.That(refusal, Does.Contain("the password is refused"));
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Not.Contain("Correct-horse-battery-9"));
            Assert.That(await users.CheckPasswordAsync((await users.FindByNameAsync("root"))!, "Correct-horse-battery-9"), Is.True);
        });
    }

    [TestCase("")]
    [TestCase("--user-name")]
    [TestCase("--user-name|has space")]
    [TestCase("--user-name|root|--role|Admin")]
    public void Create_admin_with_bad_arguments_prints_the_usage(string arguments)
    {
        var error = new StringWriter();

        Assert.That(CreateAdminCommand.Parse(arguments.Split('|', StringSplitOptions.RemoveEmptyEntries), error), Is.Null);
        Assert.That(error.ToString(), Does.Contain("usage: dotnet AfterSales.Api.dll create-admin --user-name NAME"));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] options, string input = "")
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var command = CreateAdminCommand.Parse(options, error)!;
        var code = await command.RunAsync(Factory.Services, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
