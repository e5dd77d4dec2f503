using AfterSales.Api.Http;
using AfterSales.Application.Common.Actions;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>The route shape every aggregate action shares, whatever the resource.</summary>
internal static class ActionEndpoints
{
    /// <summary><c>POST /{resources}/{id}/{action}</c> with a body, If-Match honoured, the aggregate returned.</summary>
    public static RouteHandlerBuilder MapAction<TAction, TResponse>(this RouteGroupBuilder resources, string action, string policy, string summary)
        where TAction : AggregateAction<TResponse> =>
        resources.MapPost($"/{{id:guid}}/{action}", async Task<Ok<TResponse>> (Guid id, TAction? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command.OrEmpty().For<TAction>(id, ifMatch.ExpectedVersion), cancellationToken)))
            .RequireAuthorization(policy)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

    /// <summary>
    /// Sends an action on one item of an aggregate. Each resource maps its item routes itself because the routes
    /// name the item's id as API.md does (<c>{partId}</c>, <c>{paymentId}</c>, <c>{itemId}</c>).
    /// </summary>
    public static async Task<Ok<TResponse>> SendItemAction<TAction, TResponse>(
        this ISender sender, TAction? command, Guid id, Guid itemId, IfMatch ifMatch, CancellationToken cancellationToken)
        where TAction : AggregateItemAction<TResponse> =>
        TypedResults.Ok(await sender.Send(command.OrEmpty().For<TAction>(id, itemId, ifMatch.ExpectedVersion), cancellationToken));

    /// <summary>Actions without fields (start, complete) may be posted without a body; the others need theirs.</summary>
    public static TAction OrEmpty<TAction>(this TAction? body)
        where TAction : class =>
        body
        ?? (typeof(TAction).GetConstructor(Type.EmptyTypes) is { } parameterless
            ? (TAction)parameterless.Invoke(null)
            : throw new BadHttpRequestException("A JSON body is required for this action."));
}
