package org.rendition.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the review view in a window of its own, beside the editor, and lists the recent documents. */
final class ReviewWindow {
    private ReviewWindow() {
    }

    static Stage show(Window owner, ReviewViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("review.title"));
        stage.setScene(new Scene(new ReviewView(viewModel).root(), 1200, 700));
        stage.show();
        viewModel.search();
        return stage;
    }
}
