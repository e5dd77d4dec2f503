namespace AfterSales.Api.Http;

/// <summary>
/// Refuses a declared body over the limit before reading it (413). Kestrel enforces the same limit on
/// bodies without a length; this also covers hosts that do not (the test server).
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"Request bodies are limited to {MaxBodyBytes / 1024} KiB.",
                },
            });
            return;
        }

        await next(context);
    }
}
