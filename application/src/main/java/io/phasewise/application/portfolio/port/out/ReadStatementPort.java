package io.phasewise.application.portfolio.port.out;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Outgoing port: reads a broker or exchange statement in a known layout into rows, one per line. */
public interface ReadStatementPort {

  /**
   * Reads every line of {@code in}.
   *
   * @param columns for {@link StatementFormat#COLUMN_MAPPED_CSV}: Phasewise field name to the file's
   *     header; ignored by the other formats
   * @throws io.phasewise.domain.shared.InvalidInputException when the file as a whole is not in the
   *     format (a missing header column, not JSON), naming what is missing
   */
  List<StatementRow> read(InputStream in, StatementFormat format, Map<String, String> columns);
}
