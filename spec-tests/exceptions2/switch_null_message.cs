// minimal: SwitchExpressionException for an unmatched null has no "Unmatched value" line
object? o = null;
try { Console.WriteLine(o switch { string s => s }); }
catch (Exception e) { Console.WriteLine(e.Message.Replace("\n", "|") + " | value null: " + (((System.Runtime.CompilerServices.SwitchExpressionException)e).UnmatchedValue == null)); }
