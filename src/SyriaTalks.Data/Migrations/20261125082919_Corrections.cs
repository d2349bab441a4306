using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyriaTalks.Data.Migrations
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Corrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ArticleUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ArticleHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Start = table.Column<int>(type: "INTEGER", nullable: true),
                    End = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    ActorKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TargetActorKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Corrections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_ArticleHash",
                table: "Corrections",
                column: "ArticleHash");

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_ArticleUrl",
                table: "Corrections",
                column: "ArticleUrl");

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_CreatedAt",
                table: "Corrections",
                column: "CreatedAt");

            // Full-text index of quote texts (FTS5, external content: the text lives once, in Quotes).
            // Triggers keep it in step with every insert, update and delete, including cascaded deletes.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE QuotesFts USING fts5(Text, content='Quotes', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO QuotesFts(QuotesFts) VALUES('rebuild');");
            migrationBuilder.Sql("CREATE TRIGGER Quotes_fts_insert AFTER INSERT ON Quotes BEGIN INSERT INTO QuotesFts(rowid, Text) VALUES (new.Id, new.Text); END;");
            migrationBuilder.Sql("CREATE TRIGGER Quotes_fts_delete AFTER DELETE ON Quotes BEGIN INSERT INTO QuotesFts(QuotesFts, rowid, Text) VALUES ('delete', old.Id, old.Text); END;");
            migrationBuilder.Sql("CREATE TRIGGER Quotes_fts_update AFTER UPDATE OF Text ON Quotes BEGIN INSERT INTO QuotesFts(QuotesFts, rowid, Text) VALUES ('delete', old.Id, old.Text); INSERT INTO QuotesFts(rowid, Text) VALUES (new.Id, new.Text); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Quotes_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Quotes_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Quotes_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS QuotesFts;");
            migrationBuilder.DropTable(
                name: "Corrections");
        }
    }
}
