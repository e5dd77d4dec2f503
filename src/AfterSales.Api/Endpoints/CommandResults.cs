using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>How an endpoint answers a command: 200 with the resource the command changed.</summary>
internal static class CommandResults
{
    public static async Task<Ok<TResponse>> Ok<TResponse>(this ISender sender, ICommand<TResponse> command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
