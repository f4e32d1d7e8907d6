// stdin: look\ninventory\ntake lamp\ngo north\nn\nlight lamp\nlook\ntake key\nexamine key\ns\nwest\nunlock door with key\nopen door\nw\ntake coin\ntake coins\ntake all\ni\ndrop rope\ne\neast\nsay hello\ntalk to troll\ngive coin to troll\ngive coins to troll\neast\nread scroll\ntake scroll\nread scroll\nxyzzy\nscore\n\nhelp\nput gem in chest\nopen chest\ntake gem\nput gem in chest\nquit\nlook
// A text adventure driven by standard input: rooms, exits, items, containers, a locked door,
// a troll that wants payment, a verb parser with synonyms, and a score. Reads commands with
// Console.ReadLine until the input ends or the player quits.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Adventure;

enum Direction { North, South, East, West, Up, Down }

[Flags]
enum ItemFlags { None = 0, Portable = 1, LightSource = 2, Readable = 4, Container = 8, Valuable = 16 }

record Item(string Id, string Name, string Description, ItemFlags Flags, int Points = 0)
{
    public bool Is(ItemFlags f) => (Flags & f) == f;
    public List<Item> Contents { get; } = new();
    public bool Open { get; set; }
    public string? Text { get; init; }
}

sealed class Room
{
    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public bool Dark { get; init; }
    public Dictionary<Direction, string> Exits { get; } = new();
    public List<Item> Items { get; } = new();
    public bool Visited { get; set; }
    public Room(string id, string title, string description) => (Id, Title, Description) = (id, title, description);
}

abstract record Command;
record Go(Direction Dir) : Command;
record Look : Command;
record Inventory : Command;
record Take(string What) : Command;
record Drop(string What) : Command;
record Examine(string What) : Command;
record Use(string Verb, string What, string? With) : Command;
record Give(string What, string To) : Command;
record Put(string What, string Into) : Command;
record Speak(string Text) : Command;
record Meta(string Name) : Command;
record Unknown(string Input, string Reason) : Command;

class GameOverException(string reason) : Exception(reason);

static class CommandParser
{
    static readonly Dictionary<string, Direction> Dirs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["n"] = Direction.North, ["north"] = Direction.North, ["s"] = Direction.South, ["south"] = Direction.South,
        ["e"] = Direction.East, ["east"] = Direction.East, ["w"] = Direction.West, ["west"] = Direction.West,
        ["u"] = Direction.Up, ["up"] = Direction.Up, ["d"] = Direction.Down, ["down"] = Direction.Down,
    };
    static readonly HashSet<string> Noise = new() { "the", "a", "an", "to", "at" };

    public static Command Parse(string line)
    {
        var words = line.Trim().ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Noise.Contains(w)).ToArray();
        if (words.Length == 0) return new Unknown(line, "Say something.");
        string verb = words[0];
        string rest = string.Join(' ', words.Skip(1));
        if (Dirs.TryGetValue(verb, out var d) && words.Length == 1) return new Go(d);
        return verb switch
        {
            "go" or "walk" when words.Length > 1 && Dirs.TryGetValue(words[1], out var d2) => new Go(d2),
            "go" or "walk" => new Unknown(line, "Go where?"),
            "look" or "l" => new Look(),
            "inventory" or "i" or "inv" => new Inventory(),
            "take" or "get" or "grab" when rest.Length > 0 => new Take(rest),
            "drop" when rest.Length > 0 => new Drop(rest),
            "examine" or "x" or "inspect" when rest.Length > 0 => new Examine(rest),
            "read" or "light" or "open" when rest.Length > 0 => new Use(verb, rest, null),
            "unlock" when SplitOn(words, "with") is (var what, var with) => new Use("unlock", what, with),
            "give" when SplitOn(words, "troll") is not null => new Give(string.Join(' ', words.Skip(1).TakeWhile(w => w != "troll")), "troll"),
            "put" when SplitOn(words, "in") is (var what, var into) => new Put(what, into),
            "say" or "talk" => new Speak(rest.Length > 0 ? rest : "..."),
            "score" or "help" or "quit" or "xyzzy" => new Meta(verb),
            _ when rest.Length == 0 => new Unknown(line, $"I don't know how to '{verb}'."),
            _ => new Unknown(line, $"I don't know how to {verb} something."),
        };
    }

    static (string, string)? SplitOn(string[] words, string sep)
    {
        int i = Array.IndexOf(words, sep);
        if (i < 0) return null;
        var before = string.Join(' ', words.Skip(1).Take(i - 1));
        var after = string.Join(' ', words.Skip(i + 1));
        return (before, after);
    }
}

sealed class Game
{
    private readonly Dictionary<string, Room> rooms = new();
    private readonly List<Item> inventory = new();
    private Room here;
    private int score, moves;
    private bool doorLocked = true, trollPaid;
    private readonly StringBuilder log = new();
    public int Moves => moves;

    public Game()
    {
        Add(new Room("hall", "Entrance Hall", "A draughty hall with a stone floor."));
        Add(new Room("cellar", "Cellar", "Damp walls glisten. Something skitters away.") { Dark = true });
        Add(new Room("library", "Library", "Shelves of mouldy books reach the ceiling."));
        Add(new Room("bridge", "Troll Bridge", "A rickety bridge over a chasm. A troll blocks the way east."));
        Add(new Room("vault", "Treasure Vault", "Gold glints everywhere."));
        Link("hall", Direction.North, "cellar", Direction.South);
        Link("hall", Direction.West, "library", Direction.East);
        Link("hall", Direction.East, "bridge", Direction.West);
        Link("bridge", Direction.East, "vault", Direction.West);
        rooms["hall"].Items.Add(new Item("lamp", "brass lamp", "An old brass lamp, unlit.", ItemFlags.Portable | ItemFlags.LightSource));
        rooms["hall"].Items.Add(new Item("rope", "coil of rope", "Twenty feet of hemp rope.", ItemFlags.Portable));
        rooms["cellar"].Items.Add(new Item("key", "iron key", "A heavy iron key with a skull on the bow.", ItemFlags.Portable));
        rooms["library"].Items.Add(new Item("coins", "pile of coins", "Seven tarnished silver coins.", ItemFlags.Portable | ItemFlags.Valuable, 5));
        rooms["library"].Items.Add(new Item("book", "huge book", "Far too heavy to lift.", ItemFlags.Readable) { Text = "The troll loves silver." });
        rooms["vault"].Items.Add(new Item("scroll", "ancient scroll", "Brittle parchment.", ItemFlags.Portable | ItemFlags.Readable) { Text = "Put the gem in the chest to win." });
        rooms["vault"].Items.Add(new Item("gem", "glowing gem", "It pulses with light.", ItemFlags.Portable | ItemFlags.Valuable, 20));
        rooms["vault"].Items.Add(new Item("chest", "oak chest", "A sturdy oak chest.", ItemFlags.Container));
        here = rooms["hall"];
    }

    void Add(Room r) => rooms[r.Id] = r;
    void Link(string a, Direction d, string b, Direction back) { rooms[a].Exits[d] = b; rooms[b].Exits[back] = a; }

    bool CanSee => !here.Dark || inventory.Concat(here.Items).Any(i => i.Is(ItemFlags.LightSource) && i.Open);

    void Say(string s) => Console.WriteLine(s);

    public void Describe(bool force)
    {
        if (!CanSee) { Say("It is pitch dark. You might be eaten by a grue."); return; }
        Say($"-- {here.Title} --");
        if (force || !here.Visited) Say(here.Description);
        here.Visited = true;
        foreach (var item in here.Items)
            Say($"There is a {item.Name} here." + (item.Is(ItemFlags.Container) && item.Open && item.Contents.Count > 0 ? $" It contains: {string.Join(", ", item.Contents.Select(c => c.Name))}." : ""));
        var exits = here.Exits.Keys.OrderBy(d => d).Select(d => d.ToString().ToLowerInvariant());
        Say("Exits: " + string.Join(", ", exits));
    }

    Item? Find(IEnumerable<Item> items, string what) =>
        items.FirstOrDefault(i => i.Id == what || i.Name == what || i.Name.EndsWith(" " + what, StringComparison.Ordinal));

    public void Execute(Command cmd)
    {
        moves++;
        switch (cmd)
        {
            case Go(var dir):
                if (!here.Exits.TryGetValue(dir, out var target)) { Say($"You can't go {dir.ToString().ToLowerInvariant()} from here."); break; }
                if (here.Id == "hall" && dir == Direction.West && doorLocked) { Say("The library door is locked."); break; }
                if (here.Id == "bridge" && dir == Direction.East && !trollPaid) { Say("The troll growls: \"Pay the toll!\""); break; }
                if (here.Dark && !CanSee && dir != Direction.South) throw new GameOverException("You stumble in the dark and fall into a pit.");
                here = rooms[target];
                Describe(false);
                break;
            case Look: Describe(true); break;
            case Inventory:
                Say(inventory.Count == 0 ? "You are empty-handed."
                    : "You carry: " + string.Join(", ", inventory.Select(i => i.Name + (i.Open && i.Is(ItemFlags.LightSource) ? " (lit)" : ""))));
                break;
            case Take("all"):
                var portable = here.Items.Where(i => i.Is(ItemFlags.Portable)).ToList();
                if (portable.Count == 0) Say("There is nothing to take.");
                foreach (var p in portable) Execute(new Take(p.Id));
                moves -= portable.Count;
                break;
            case Take(var what):
                {
                    if (!CanSee) { Say("You fumble around but find nothing."); break; }
                    var item = Find(here.Items, what);
                    if (item is null) Say($"There is no {what} here.");
                    else if (!item.Is(ItemFlags.Portable)) Say($"The {item.Name} won't budge.");
                    else
                    {
                        here.Items.Remove(item);
                        inventory.Add(item);
                        score += item.Points;
                        Say($"Taken: {item.Name}." + (item.Points > 0 ? $" (+{item.Points})" : ""));
                    }
                    break;
                }
            case Drop(var what):
                {
                    var item = Find(inventory, what);
                    if (item is null) { Say($"You don't have a {what}."); break; }
                    inventory.Remove(item);
                    here.Items.Add(item);
                    Say($"Dropped: {item.Name}.");
                    break;
                }
            case Examine(var what):
                {
                    var item = Find(inventory.Concat(here.Items), what);
                    Say(item is null ? $"You see no {what}." : $"{item.Description} [{item.Flags}]");
                    break;
                }
            case Use("light", var what, _):
                {
                    var item = Find(inventory, what);
                    if (item is { Flags: var f } && (f & ItemFlags.LightSource) != 0)
                    {
                        item.Open = true;
                        Say($"The {item.Name} is now lit.");
                        if (here.Dark) Describe(false);
                    }
                    else Say("You can't light that.");
                    break;
                }
            case Use("read", var what, _):
                {
                    var item = Find(inventory.Concat(here.Items), what);
                    Say(item switch
                    {
                        null => $"There is no {what} to read.",
                        { Text: null } => "There is nothing written on it.",
                        { Flags: var f } when !f.HasFlag(ItemFlags.Portable) || inventory.Contains(item) => $"It reads: \"{item.Text}\"",
                        _ => "You need to pick it up first.",
                    });
                    break;
                }
            case Use("unlock", "door", var with):
                if (!doorLocked) Say("It is already unlocked.");
                else if (with is null || Find(inventory, with) is not { Id: "key" }) Say($"You have no {with ?? "key"}.");
                else { doorLocked = false; score += 10; Say("Click. The library door unlocks. (+10)"); }
                break;
            case Use("open", "door", _):
                Say(doorLocked ? "It is locked." : "The door swings open.");
                break;
            case Use("open", var what, _):
                {
                    var item = Find(here.Items, what);
                    if (item is { Flags: var f } && f.HasFlag(ItemFlags.Container)) { item.Open = true; Say($"You open the {item.Name}."); }
                    else Say($"You can't open the {what}.");
                    break;
                }
            case Use(var verb, var what, _):
                Say($"You can't {verb} the {what}.");
                break;
            case Give(var what, "troll"):
                {
                    if (here.Id != "bridge") { Say("There is no troll here."); break; }
                    var item = Find(inventory, what);
                    if (item is null) Say($"You don't have any {what}.");
                    else if (!item.Is(ItemFlags.Valuable)) Say($"The troll sniffs the {item.Name} and throws it into the chasm.");
                    else { inventory.Remove(item); trollPaid = true; Say("The troll pockets the silver and steps aside."); }
                    if (item is not null && !item.Is(ItemFlags.Valuable)) inventory.Remove(item);
                    break;
                }
            case Give(_, var to): Say($"There is no {to} here."); break;
            case Put(var what, var into):
                {
                    var item = Find(inventory, what);
                    var box = Find(here.Items, into);
                    if (item is null) { Say($"You don't have a {what}."); break; }
                    if (box is null || !box.Is(ItemFlags.Container)) { Say($"There is no {into} to put it in."); break; }
                    if (!box.Open) { Say($"The {box.Name} is closed."); break; }
                    inventory.Remove(item);
                    box.Contents.Add(item);
                    Say($"You put the {item.Name} in the {box.Name}.");
                    if (item.Id == "gem") { score += 50; throw new GameOverException("The chest glows. You have won!"); }
                    break;
                }
            case Speak(var text):
                Say(here.Id == "bridge" ? $"The troll grunts at \"{text}\"." : $"You say \"{text}\". Nobody answers.");
                break;
            case Meta("score"): Say($"Score: {score} in {moves} moves."); break;
            case Meta("help"): Say("Try: look, go <dir>, take, drop, examine, read, light, unlock, open, give, put, inventory, score, quit."); break;
            case Meta("xyzzy"): moves--; Say("A hollow voice says \"Fool.\""); break;
            case Meta("quit"): throw new GameOverException("You give up.");
            case Unknown(_, var reason): moves--; Say(reason); break;
            default: throw new InvalidOperationException(cmd.ToString());
        }
    }

    public string Summary() =>
        $"Final score {score}/85, {moves} moves, carrying [{string.Join(", ", inventory.Select(i => i.Id).OrderBy(s => s, StringComparer.Ordinal))}], "
        + $"visited {rooms.Values.Count(r => r.Visited)}/{rooms.Count} rooms";
}

static class Program
{
    static int Main()
    {
        var game = new Game();
        Console.WriteLine("Welcome to the Tiny Vault.");
        game.Describe(true);
        var stats = new Dictionary<string, int>();
        string? line;
        int lines = 0;
        string ending = "The input ran out.";
        while ((line = Console.ReadLine()) != null)
        {
            lines++;
            Console.WriteLine($"> {line}");
            var cmd = CommandParser.Parse(line);
            string key = cmd.GetType().Name;
            stats[key] = stats.GetValueOrDefault(key) + 1;
            try
            {
                game.Execute(cmd);
            }
            catch (GameOverException e)
            {
                ending = e.Message;
                break;
            }
        }
        Console.WriteLine("*** " + ending);
        Console.WriteLine(game.Summary());
        Console.WriteLine($"Read {lines} lines; remaining input: {(Console.In.ReadToEnd() is var rest && rest.Length > 0 ? rest.Trim() : "(none)")}");
        foreach (var kv in stats.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {kv.Key,-10}{kv.Value,3}");
        Console.WriteLine(new Take("lamp") == new Take("lamp") ? "commands compare by value" : "?");
        Console.WriteLine(CommandParser.Parse("GO  North"));
        Console.WriteLine(CommandParser.Parse("unlock the door with the key"));
        return game.Moves;
    }
}
