using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests.Auth;

/// <summary>
/// Issue 19: a person signs in through the built-in provider's page — authorization code with PKCE, driven here as a
/// browser would — and the app gets an access token the API trusts and a refresh token that renews it.
/// </summary>
public sealed partial class SignInFlowTests
{
    private const string RedirectUri = "http://localhost/signed-in";
    private const string Password = "Correct-horse-battery-9";
    private const string SwaggerUi = AfterSales.Api.OpenApi.SwaggerSignIn.ClientId;

    private static ApiFactory provider = null!;

    [OneTimeSetUp]
    public static async Task StartProviderAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Identity:Apps:console:DisplayName"] = "AfterSales console",
            ["Identity:Apps:console:RedirectUris:0"] = RedirectUri,
        };
        foreach (var (key, value) in SwaggerAppAsDevelopmentRegistersIt())
        {
            settings[key] = value;
        }

        provider = new ApiFactory(settings);
        await using var scope = provider.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync("Manager"))
        {
            await roles.CreateAsync(new IdentityRole<Guid>("Manager"));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
        foreach (var name in new[] { "amy.signin", "locked.signin", "disabled.signin" })
        {
            if (await users.FindByNameAsync(name) is { } existing)
            {
                await users.DeleteAsync(existing);
            }

            var user = new AfterSalesUser { UserName = name, DisplayName = "Amy Zhao" };
            await users.CreateAsync(user, Password);
            await users.AddToRoleAsync(user, "Manager");
        }
    }

    [OneTimeTearDown]
    public static async Task StopProviderAsync() => await provider.DisposeAsync();

    [Test]
    public async Task A_person_signs_in_with_the_code_flow_and_PKCE_and_the_API_trusts_the_token()
    {
        var browser = Browser();
        var (verifier, challenge) = Pkce();

        var code = await SignInAsync(browser, "amy.signin", Password, challenge);
        var tokens = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "console",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        });
        var api = provider.ClientWith(tokens["access_token"]!.GetValue<string>());
        var technicians = await api.GetAsync("/api/v1/technicians");
        var renewed = await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "console",
            ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>(),
        });

        Assert.Multiple(() =>
        {
            Assert.That(technicians.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the Manager role from the user record");
            Assert.That(renewed["access_token"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(renewed["refresh_token"]!.GetValue<string>(), Is.Not.EqualTo(tokens["refresh_token"]!.GetValue<string>()), "rolling refresh tokens");
        });
    }

    [TestCase("http://127.0.0.1:5080/swagger/oauth2-redirect.html")]
    [TestCase("http://localhost:43117/swagger/oauth2-redirect.html")]
    public async Task The_Swagger_UI_of_an_API_run_locally_signs_in_on_whatever_port_serves_it(string redirectUri)
    {
        var (verifier, challenge) = Pkce();

        var code = await SignInAsync(Browser(), "amy.signin", Password, challenge, SwaggerUi, redirectUri);
        var tokens = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = SwaggerUi,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        });
        var technicians = await provider.ClientWith(tokens["access_token"]!.GetValue<string>()).GetAsync("/api/v1/technicians");

        Assert.That(technicians.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("http://127.0.0.1:5080/swagger/elsewhere.html")]
    [TestCase("http://aftersales.example:5080/swagger/oauth2-redirect.html")]
    [TestCase("https://127.0.0.1:5080/swagger/oauth2-redirect.html")]
    public async Task The_Swagger_UI_app_gets_no_code_for_another_page_host_or_scheme(string redirectUri)
    {
        var response = await Browser().GetAsync(AuthorizationRequest(SwaggerUi, redirectUri, Pkce().Challenge));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "no redirect, with or without a code");
    }

    [Test]
    public async Task A_code_is_not_given_without_the_verifier_that_matches_its_challenge()
    {
        var (_, challenge) = Pkce();
        var code = await SignInAsync(Browser(), "amy.signin", Password, challenge);

        var response = await provider.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "console",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = Pkce().Verifier,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_user_out_even_for_the_right_one()
    {
        var browser = Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PostSignInAsync(browser, "locked.signin", "wrong-password", "/");
        }

        var withTheRightOne = await PostSignInAsync(browser, "locked.signin", Password, "/");
        var page = await withTheRightOne.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(withTheRightOne.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(page, Does.Contain("15 minutes"));
        });
    }

    [Test]
    public async Task X5_a_disabled_user_is_refused_and_their_refresh_token_no_longer_works()
    {
        var (verifier, challenge) = Pkce();
        var code = await SignInAsync(Browser(), "disabled.signin", Password, challenge);
        var tokens = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "console",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        });
        var api = provider.ClientWith(tokens["access_token"]!.GetValue<string>());
        var refreshToken = tokens["refresh_token"]!.GetValue<string>();
        var admin = provider.ClientWith(await provider.TokenFor("admin.signin", "Admin"));
        Guid userId;
        await using (var scope = provider.Services.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>().FindByNameAsync("disabled.signin"))!.Id;
        }

        await (await api.GetAsync("/api/v1/technicians")).ShouldBe(HttpStatusCode.OK);

        await (await admin.PostAsync($"/api/v1/users/{userId}/disable", null)).ShouldBe(HttpStatusCode.OK);
        var request = await api.GetAsync("/api/v1/technicians");
        var refreshWhileDisabled = await RefreshAsync(refreshToken);
        await (await admin.PostAsync($"/api/v1/users/{userId}/enable", null)).ShouldBe(HttpStatusCode.OK);
        var refreshOnceEnabled = await RefreshAsync(refreshToken);

        await request.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(refreshWhileDisabled.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refreshOnceEnabled.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "revoked, not only refused while the user was disabled");
        Assert.That((await refreshOnceEnabled.ReadJson())["error"]!.GetValue<string>(), Is.EqualTo("invalid_grant"));
        Assert.That(await SignInAsync(Browser(), "disabled.signin", Password, Pkce().Challenge), Is.Not.Empty, "enabled again, the user signs in anew");
    }

    private static Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        provider.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "console",
            ["refresh_token"] = refreshToken,
        }));

    private static HttpClient Browser() => provider.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The browser's way: the authorization endpoint sends it to the sign-in page, which sends it back, which redirects with a code.</summary>
    private static async Task<string> SignInAsync(
        HttpClient browser, string userName, string password, string challenge, string clientId = "console", string redirectUri = RedirectUri)
    {
        var toSignIn = await browser.GetAsync(AuthorizationRequest(clientId, redirectUri, challenge));
        Assert.That(toSignIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not signed in yet: to the sign-in page");
        var returnUrl = System.Web.HttpUtility.ParseQueryString(toSignIn.Headers.Location!.Query)["ReturnUrl"]!;

        var signedIn = await PostSignInAsync(browser, userName, password, returnUrl);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());
        var withCode = await browser.GetAsync(signedIn.Headers.Location);
        Assert.That(withCode.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var query = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query);
        Assert.That(query["state"], Is.EqualTo("state-1"));
        return query["code"]!;
    }

    /// <summary>An app's request for a code with PKCE; only the console asks for a refresh token (offline_access).</summary>
    private static string AuthorizationRequest(string clientId, string redirectUri, string challenge) =>
        "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = clientId == SwaggerUi ? "openid profile roles" : "openid profile roles offline_access",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "state-1",
        }.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));

    /// <summary>The Swagger UI's app exactly as <c>appsettings.Development.json</c> registers it.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> SwaggerAppAsDevelopmentRegistersIt()
    {
        var contentRoot = TestHost.Factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var development = new ConfigurationBuilder().SetBasePath(contentRoot).AddJsonFile("appsettings.Development.json").Build();
        return development.GetSection("Identity:Apps:" + SwaggerUi).AsEnumerable().Where(setting => setting.Value is not null);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string userName, string password, string returnUrl)
    {
        var page = await (await browser.GetAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl))).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(page);
        return await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
            ["password"] = password,
        }));
    }

    private static async Task<JsonNode> TokenAsync(Dictionary<string, string> form) =>
        await (await provider.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form))).ShouldBe(HttpStatusCode.OK);

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
