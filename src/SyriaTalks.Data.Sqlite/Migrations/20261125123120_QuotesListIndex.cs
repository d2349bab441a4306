using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyriaTalks.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuotesListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Published",
                table: "Quotes");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Published_ArticleId_Start",
                table: "Quotes",
                columns: new[] { "Published", "ArticleId", "Start" },
                descending: new[] { true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Published_ArticleId_Start",
                table: "Quotes");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Published",
                table: "Quotes",
                column: "Published");
        }
    }
}
