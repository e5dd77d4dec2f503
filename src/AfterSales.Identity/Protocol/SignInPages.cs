using System.Net;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace AfterSales.Identity.Protocol;

/// <summary>
/// The plain sign-in page (Chinese for browsers that ask for it, English otherwise): user name and password, checked by
/// ASP.NET Core Identity with lockout (5 failures → 15 minutes); on success the browser goes back to where it came from
/// (the authorization endpoint). Failures are logged without the password.
/// </summary>
internal static partial class SignInPages
{
    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(context, antiforgery, LocalOrRoot(returnUrl), error: null);

    public static async Task<IResult> SignInAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<AfterSalesUser> signIn,
        UserManager<AfterSalesUser> users,
        ILogger<AfterSalesUser> logger)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync();
        var userName = form["userName"].ToString();
        var returnUrl = LocalOrRoot(form["returnUrl"].ToString());
        var user = await users.FindByNameAsync(userName);
        var result = user is { Disabled: false }
            ? await signIn.PasswordSignInAsync(user, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            LogSignedIn(logger, userName);
            return Results.LocalRedirect(returnUrl);
        }

        LogRefused(logger, userName, result.IsLockedOut);
        return Page(context, antiforgery, returnUrl, result.IsLockedOut ? static text => text.LockedOut : static text => text.Refused);
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, Func<Text, string>? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var text = Text.For(context.Request.Headers.AcceptLanguage.ToString());
        var html = $$"""
            <!doctype html>
            <html lang="{{text.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>{{text.Title}}</title></head>
            <body style="font-family:sans-serif;max-width:22rem;margin:4rem auto">
            <h1>{{text.Title}}</h1>
            {{(error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error(text))}</p>")}}
            <form method="post">
            <input type="hidden" name="{{tokens.FormFieldName}}" value="{{tokens.RequestToken}}">
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
            <p><label>{{text.UserName}}<br><input name="userName" autocomplete="username" required></label></p>
            <p><label>{{text.Password}}<br><input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">{{text.SignIn}}</button></p>
            </form></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 401);
    }

    /// <summary>Only back into this site: a sign-in page must not send a browser anywhere it is told.</summary>
    private static string LocalOrRoot(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in: {UserName}")]
    private static partial void LogSignedIn(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: {UserName} (locked out: {LockedOut})")]
    private static partial void LogRefused(ILogger logger, string userName, bool lockedOut);

    private sealed record Text(string Language, string Title, string UserName, string Password, string SignIn, string Refused, string LockedOut)
    {
        private static readonly Text Chinese = new("zh-CN", "登录 AfterSales", "用户名", "密码", "登录", "用户名或密码不正确。", "尝试次数过多，请 15 分钟后再试。");
        private static readonly Text English = new("en", "Sign in to AfterSales", "User name", "Password", "Sign in", "The user name or password is not right.", "Too many attempts: try again in 15 minutes.");

        public static Text For(string acceptLanguage) =>
            acceptLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }
}
