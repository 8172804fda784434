# syntax=docker/dockerfile:1
# Trợ lý ảo Hành chính công: one image runs the Bot; it also carries the Indexer and the content so an
# operator can rebuild the index in place (see docs/deployment.md).

# ---- build: SDK + Node (npm fetches the Bot Framework Web Chat bundle for the web chat page) ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, from the project files only, so source edits do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props Assistant.sln appsettings.json ./
COPY tools/AdaptiveCards/AdaptiveCards.csproj tools/AdaptiveCards/
COPY KnowledgeBase/KnowledgeBase.csproj KnowledgeBase/
COPY Indexer/Indexer.csproj Indexer/
COPY Bot/Bot.csproj Bot/
RUN dotnet restore Bot/Bot.csproj && dotnet restore Indexer/Indexer.csproj

COPY . .
# The Web Chat bundle is an npm package copied into wwwroot by the Bot's build; install it when the Bot declares it.
RUN if [ -f Bot/package.json ]; then cd Bot && npm ci --no-audit --no-fund; fi
RUN dotnet publish Bot/Bot.csproj -c Release -o /app/bot --no-restore \
    && dotnet publish Indexer/Indexer.csproj -c Release -o /app/indexer --no-restore

# Build the search index at image build time: a broken catalogue fails the image build, not production.
RUN dotnet /app/indexer/Indexer.dll build --content /src/content --index /app/data/index

# ---- runtime: ASP.NET Core only ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/bot ./
COPY --from=build /app/indexer ./indexer/
COPY --from=build /src/appsettings.json ./appsettings.json
COPY --from=build /src/content ./content/
COPY --from=build --chown=app:app /app/data/index ./data/index/

# The app finds content/ and data/index relative to /app. Listen on 8080 as the non-root user of the base image.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=1
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Bot.dll"]
