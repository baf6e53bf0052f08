package io.phasewise.application.sentiment.service;

import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceCommand;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceUseCase;
import io.phasewise.application.sentiment.port.out.DuplicateSentimentSourceException;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Optional;

/** Registers sentiment sources, refusing a name another source has in any case ("Reddit" and "reddit" are one source). */
public final class RegisterSentimentSourceService implements RegisterSentimentSourceUseCase {
  private final LoadSentimentPort load;
  private final SaveSentimentSourcePort save;
  private final TransactionPort tx;
  private final Clock clock;

  public RegisterSentimentSourceService(LoadSentimentPort load, SaveSentimentSourcePort save, TransactionPort tx, Clock clock) {
    this.load = load;
    this.save = save;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, SentimentSource> register(RegisterSentimentSourceCommand command) {
    return tx.inTransactionEither(() -> {
      Optional<SentimentSource> taken = load.sources().values().stream()
          .filter(s -> s.name().equalsIgnoreCase(command.name()))
          .findFirst();
      if (taken.isPresent()) return Either.left(duplicate(taken.get().name()));
      try {
        return Either.right(save.insert(command.name(), command.channel(), command.tier(), command.meta(), clock.instant()));
      } catch (DuplicateSentimentSourceException raced) {
        return Either.left(duplicate(command.name()));
      }
    });
  }

  private static Failure duplicate(String name) {
    return new Failure.Conflict("a sentiment source named '" + name + "' already exists");
  }
}
