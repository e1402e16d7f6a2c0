#include "command.h"

namespace council::ctl {

QString Command::usageLine() const {
    QString line = QStringLiteral("councilctl ") + noun;
    if (!verb.isEmpty())
        line += QLatin1Char(' ') + verb;
    if (!synopsis.isEmpty())
        line += QLatin1Char(' ') + synopsis;
    return line;
}

QList<Command> allCommands() {
    QList<Command> all = accountCommands();
    all += bodyCommands();
    all += sessionCommands();
    all += attendCommands();
    all += voteCommands();
    all += auditCommands();
    all += speakCommands();
    all += trustCommands();
    all += docCommands();
    return all;
}

std::optional<Args> parseArgs(const Command &command, const QStringList &words, Options &global,
                              QString *problem) {
    Args args;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("--")) {
            args.positional += words.mid(i + 1);
            break;
        }
        if (!w.startsWith(QLatin1String("--")) || w.size() == 2) {
            args.positional << w;
            continue;
        }
        QString name = w.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (command.flagOptions.contains(name)) {
            if (inlineValue) {
                *problem = QStringLiteral("--%1 takes no value").arg(name);
                return std::nullopt;
            }
            args.flags.insert(name);
            continue;
        }
        if (command.valueOptions.contains(name) || name == QLatin1String("server")) {
            QString value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < words.size()) {
                value = words.at(++i);
            } else {
                *problem = QStringLiteral("--%1 needs a value").arg(name);
                return std::nullopt;
            }
            // --server is unambiguous, so it is accepted after NOUN too.
            if (name == QLatin1String("server"))
                global.server = QUrl(value);
            else
                args.values.insert(name, value);
            continue;
        }
        if (name == QLatin1String("json") && !inlineValue) {
            global.json = true; // also unambiguous: accepted anywhere
            continue;
        }
        *problem = QStringLiteral("unknown option --%1").arg(name);
        return std::nullopt;
    }
    if (args.positional.size() < command.minPositional) {
        *problem = QStringLiteral("missing argument");
        return std::nullopt;
    }
    if (args.positional.size() > command.maxPositional) {
        *problem = QStringLiteral("unexpected argument '%1'").arg(args.positional.at(command.maxPositional));
        return std::nullopt;
    }
    return args;
}

} // namespace council::ctl
