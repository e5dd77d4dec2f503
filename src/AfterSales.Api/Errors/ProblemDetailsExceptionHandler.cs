using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Pricing.Import;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using AfterSales.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AfterSales.Api.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 answers. Input and rule failures get the status API.md
/// gives them; anything unexpected is logged and answered 500 without internals.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>A database restart or failover usually takes a few seconds.</summary>
    private const string RetryUnavailableAfterSeconds = "5";

    /// <summary>
    /// PostgreSQL's "data exceptions" for values a request carried past the validators: text too long or with a NUL
    /// character (which PostgreSQL cannot store), a number or date beyond the column's range. The caller's error, not the server's.
    /// </summary>
    private static readonly HashSet<string> RefusedValues =
    [
        PostgresErrorCodes.StringDataRightTruncation,
        PostgresErrorCodes.NumericValueOutOfRange,
        PostgresErrorCodes.InvalidDatetimeFormat,
        PostgresErrorCodes.DatetimeFieldOverflow,
        PostgresErrorCodes.CharacterNotInRepertoire,
        PostgresErrorCodes.UntranslatableCharacter,
    ];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(httpContext, exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            if (environment.IsDevelopment())
            {
                problem.Detail = exception.ToString();
            }
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, exception);
            httpContext.Response.Headers.RetryAfter = RetryUnavailableAfterSeconds;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(HttpContext httpContext, Exception exception) => exception switch
    {
        ValidationException validation => InvalidFields(FieldErrors(validation), "See errors for the fields to correct."),
        InvalidInputException input => InvalidFields(new Dictionary<string, string[]> { [CamelCasePath(input.Field)] = [input.Message] }, input.Message),
        BadHttpRequestException { InnerException: JsonException json } when UnknownProperty(json) is { } property => InvalidFields(
            new Dictionary<string, string[]> { [property] = ["This request has no such property: check the spelling, or leave it out."] },
            $"'{property}' is not a property of this request."),
        BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [json.Path ?? "$"] = ["Malformed JSON or a value of the wrong type."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body could not be read.",
            Detail = $"Malformed JSON or a value of the wrong type at '{json.Path ?? "$"}'.",
        },
        BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "The request could not be read.", badRequest.Message),
        JsonException json => Problem(StatusCodes.Status400BadRequest, "The request body could not be read.", $"Malformed JSON at '{json.Path ?? "$"}'."),
        InvalidOperationException { InnerException: DecoderFallbackException } =>
            Problem(StatusCodes.Status400BadRequest, "The request body could not be read.", "The body is not valid UTF-8."),
        _ when IsDataException(exception) =>
            Problem(StatusCodes.Status400BadRequest, "The request is not valid.", "A value cannot be stored: text with a NUL character, or a number or date out of range."),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed for this caller.", forbidden.Message),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, $"{notFound.Resource} not found.", notFound.Message),
        BusinessRuleViolationException rule => RuleProblem(rule),
        PriceListImportRejectedException rejected => ImportProblem(rejected),
        FileTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large.", tooLarge.Message),
        UnsupportedFileTypeException unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, "The file's type is not accepted.", unsupported.Message),
        PreconditionRequiredException required => PreconditionRequired(required),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", stale.Message),
        DbUpdateConcurrencyException when httpContext.Request.Headers.IfMatch.Count > 0 =>
            Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", "It was changed by someone else since it was read; reload it and try again."),
        DbUpdateConcurrencyException => RuleProblem(new BusinessRuleViolationException("X-2", "the resource was changed by someone else at the same time; reload it and try again")),
        RetryLimitExceededException or NpgsqlException and not PostgresException =>
            Problem(StatusCodes.Status503ServiceUnavailable, "The database is unavailable.", "Try again shortly."),
        _ when DatabaseFailures.LostTheServer(exception) =>
            Problem(StatusCodes.Status503ServiceUnavailable, "The database is unavailable.", "Try again shortly."),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
    };

    /// <summary>
    /// The path of a body property the request type does not have ("summary", "customerSignOff.title"), refused because the
    /// API's JSON options disallow unmapped members, as the document's <c>additionalProperties: false</c> says; null for any
    /// other JSON error. System.Text.Json tells it apart only by its message, which names the property (and the .NET type,
    /// which stays out of the answer).
    /// </summary>
    private static string? UnknownProperty(JsonException json)
    {
        var match = UnmappedMember().Match(json.Message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var path = (json.Path ?? "$").TrimStart('$').TrimStart('.');
        return path.Length == 0 ? name : path.EndsWith(name, StringComparison.Ordinal) ? path : $"{path}.{name}";
    }

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member", RegexOptions.Singleline)]
    private static partial Regex UnmappedMember();

    private static HttpValidationProblemDetails InvalidFields(Dictionary<string, string[]> errors, string detail) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request is not valid.",
        Detail = detail,
    };

    private static bool IsDataException(Exception exception) =>
        (exception as PostgresException ?? (exception as DbUpdateException)?.InnerException as PostgresException) is { } postgres
        && RefusedValues.Contains(postgres.SqlState);

    private static ProblemDetails RuleProblem(BusinessRuleViolationException rule)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "A business rule refuses this action.", rule.Message);
        problem.Extensions["ruleId"] = rule.RuleId;
        return problem;
    }

    /// <summary>PR-1: the workbook is readable but its content is not acceptable; every error is listed where Excel shows it.</summary>
    private static ProblemDetails ImportProblem(PriceListImportRejectedException rejected)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, "The price list was not imported.", rejected.Message);
        problem.Extensions["ruleId"] = "PR-1";
        problem.Extensions["rowErrors"] = rejected.Errors;
        return problem;
    }

    /// <summary>ASP.NET Core knows no type link for 428, which RFC 6585 added.</summary>
    private static ProblemDetails PreconditionRequired(PreconditionRequiredException required)
    {
        var problem = Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.", required.Message);
        problem.Type = "https://www.rfc-editor.org/rfc/rfc6585#section-3";
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };

    /// <summary>Field names as clients wrote them: camelCase paths ("equipment[0].serialNumber").</summary>
    private static Dictionary<string, string[]> FieldErrors(ValidationException validation) =>
        validation.Errors
            .GroupBy(failure => CamelCasePath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
