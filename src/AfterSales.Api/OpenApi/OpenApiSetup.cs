using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

internal static class OpenApiSetup
{
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddAfterSalesOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        // OpenAPI 3.1: its schemas are JSON Schema 2020-12, where "may be null" is a type ("null"), which strict validators and
        // generators read the same way; 3.0's nullable beside a reference means nothing to them (docs/openapi-lint.md).
        services.ConfigureSwagger(swagger => swagger.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AfterSales API",
                Version = "v1",
                Description = "Repair requests, complaints, technician assessments and handovers for the after-sales department. "
                    + "Errors are RFC 9457 problem details; single resources carry an ETag that writes may send back as If-Match.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the provider; where dev tokens are on, POST /api/v1/auth/dev-token issues one too.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            });
            if (AuthOptions.TrustsBuiltInProvider(configuration))
            {
                SwaggerSignIn.Describe(options);
            }

            options.DescribeAllParametersInCamelCase();
            // Nullability survives on references too (an optional enum or object: NullableReferencesFilter), so generated clients type it right.
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.OperationFilter<AnonymousOperationsFilter>();
            options.OperationFilter<ConditionalHeadersFilter>();
            options.OperationFilter<AlternativeResponsesFilter>();
            options.OperationFilter<FileOperationsFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.OperationFilter<ResponseHeadersFilter>();
            options.OperationFilter<RolesDescriptionFilter>();
            options.DocumentFilter<OperationExamplesFilter>();
            options.DocumentFilter<PropertyPresenceFilter>();
            options.DocumentFilter<NullableReferencesFilter>();
            options.SchemaFilter<DecimalFormatFilter>();
            options.SchemaFilter<OmittedPropertiesFilter>();
            options.SchemaFilter<ValidationRulesSchemaFilter>();
            options.CustomSchemaIds(SchemaConventions.SchemaId);
        });
        return services;
    }

    /// <summary>The Swagger UI at <c>/swagger</c>; with the built-in provider its Authorize button signs people in there.</summary>
    public static WebApplication UseAfterSalesSwaggerUi(this WebApplication app)
    {
        var signIn = AuthOptions.TrustsBuiltInProvider(app.Configuration);
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/swagger/v1/swagger.json", "AfterSales API v1");

            // Some thirty tags: a filter box by tag, and links that open an operation, make one findable.
            ui.EnableFilter();
            ui.EnableDeepLinking();
            if (signIn)
            {
                SwaggerSignIn.Configure(ui);
            }
        });
        return app;
    }

    /// <summary>Documents the headers endpoints read outside model binding: If-Match, If-None-Match (with its 304) and Idempotency-Key.</summary>
    private sealed class ConditionalHeadersFilter : IOperationFilter
    {
        private static OpenApiParameter Header(string name, string description, bool required = false) =>
            new() { Name = name, In = ParameterLocation.Header, Description = description, Required = required, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            operation.Parameters ??= [];
            if (context.RequiresIfMatch())
            {
                operation.Parameters.Add(Header("If-Match", "The ETag last read, required: without it 428; a stale one is refused with 412.", required: true));
            }
            else if (context.ReadsIfMatch())
            {
                operation.Parameters.Add(Header("If-Match", "The ETag last read; a stale one is refused with 412."));
            }

            if (context.AnswersNotModified())
            {
                operation.Parameters.Add(Header("If-None-Match", "The ETag of the copy you hold; while it is current the answer is 304 with no body (X-8)."));
                operation.Responses ??= [];
                operation.Responses["304"] = new OpenApiResponse
                {
                    Description = "Not Modified: the copy whose ETag was sent in If-None-Match is current.",
                    Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["ETag"] = new OpenApiHeader { Description = "The resource's current version.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
            }

            // Only POSTs create or act; a PUT replaces, so repeating it is already harmless and the middleware leaves it alone.
            if (!context.HonoursIdempotencyKey())
            {
                return;
            }

            operation.Parameters.Add(Header(IdempotencyMiddleware.Header, "Makes a retry safe: the same key and body replay the first response; another body → 422."));
        }
    }
}
