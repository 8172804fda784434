Console.WriteLine("Indexer: commands come with the knowledge base issue.");
return 0;
